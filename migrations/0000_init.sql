CREATE TABLE `articles` (
	`id` integer PRIMARY KEY NOT NULL,
	`outlet_id` integer,
	`source_agency` text,
	`title` text,
	`standfirst` text,
	`authors` text DEFAULT '[]' NOT NULL,
	`dateline` text,
	`published_at` text,
	`published_date` text,
	`url` text,
	`source_file` text NOT NULL,
	`content_hash` text NOT NULL,
	`text` text NOT NULL,
	`ingested_at` text NOT NULL,
	FOREIGN KEY (`outlet_id`) REFERENCES `outlets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_source_file_unique` ON `articles` (`source_file`);--> statement-breakpoint
CREATE INDEX `articles_content_hash_idx` ON `articles` (`content_hash`);--> statement-breakpoint
CREATE INDEX `articles_outlet_idx` ON `articles` (`outlet_id`,`id`);--> statement-breakpoint
CREATE INDEX `articles_published_idx` ON `articles` (`published_date`,`id`);--> statement-breakpoint
CREATE TABLE `event_people` (
	`event_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	PRIMARY KEY(`event_id`, `person_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_people_person_idx` ON `event_people` (`person_id`,`event_id`);--> statement-breakpoint
CREATE TABLE `event_reports` (
	`id` integer PRIMARY KEY NOT NULL,
	`event_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`sentence` text NOT NULL,
	`temporal_text` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`temporal_start` integer NOT NULL,
	`temporal_end` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_reports_event_idx` ON `event_reports` (`event_id`,`article_id`);--> statement-breakpoint
CREATE INDEX `event_reports_article_idx` ON `event_reports` (`article_id`,`event_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY NOT NULL,
	`date` text,
	`precision` text,
	`description` text NOT NULL,
	`place` text
);
--> statement-breakpoint
CREATE INDEX `events_date_idx` ON `events` (`date`,`id`);--> statement-breakpoint
CREATE TABLE `ingest_runs` (
	`id` integer PRIMARY KEY NOT NULL,
	`folder` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`added` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`unchanged` integer DEFAULT 0 NOT NULL,
	`failed` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `mentions` (
	`id` integer PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`text` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`journalist` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mentions_article_idx` ON `mentions` (`article_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `mentions_person_idx` ON `mentions` (`person_id`,`article_id`);--> statement-breakpoint
CREATE TABLE `outlets` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outlets_slug_unique` ON `outlets` (`slug`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text DEFAULT 'person' NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`roles` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `people_name_key_idx` ON `people` (`name_key`);--> statement-breakpoint
CREATE INDEX `people_kind_name_idx` ON `people` (`kind`,`name`,`id`);--> statement-breakpoint
CREATE TABLE `person_aliases` (
	`person_id` integer NOT NULL,
	`alias` text NOT NULL,
	`alias_key` text NOT NULL,
	PRIMARY KEY(`person_id`, `alias_key`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `person_aliases_key_idx` ON `person_aliases` (`alias_key`);--> statement-breakpoint
CREATE TABLE `quote_reports` (
	`id` integer PRIMARY KEY NOT NULL,
	`quote_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`text` text NOT NULL,
	`speaker_text` text,
	`cue` text,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`quote_id`) REFERENCES `quotes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `quote_reports_quote_idx` ON `quote_reports` (`quote_id`,`article_id`);--> statement-breakpoint
CREATE INDEX `quote_reports_article_idx` ON `quote_reports` (`article_id`,`quote_id`);--> statement-breakpoint
CREATE TABLE `quotes` (
	`id` integer PRIMARY KEY NOT NULL,
	`speaker_id` integer,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`first_reported` text,
	FOREIGN KEY (`speaker_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `quotes_speaker_idx` ON `quotes` (`speaker_id`,`id`);--> statement-breakpoint
CREATE INDEX `quotes_kind_idx` ON `quotes` (`kind`,`id`);--> statement-breakpoint
CREATE INDEX `quotes_first_reported_idx` ON `quotes` (`first_reported`,`id`);