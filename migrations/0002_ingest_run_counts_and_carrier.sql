ALTER TABLE `articles` ADD `carried_by` text;--> statement-breakpoint
ALTER TABLE `ingest_runs` ADD `duplicates` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `ingest_runs` ADD `missing` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `ingest_runs` ADD `removed` integer DEFAULT 0 NOT NULL;