-- Lists show a preview of each quote's and event's reports: those of the article or
-- outlets a request names, then the earliest. Each report carries its article's
-- outlet and publication date, and each quote and event its report count, so a
-- preview reads a few index entries instead of every report joined to its article
-- (a wire story reprinted by ninety papers has ninety). Triggers keep the copies.
DROP INDEX `quote_reports_quote_idx`;--> statement-breakpoint
DROP INDEX `event_reports_event_idx`;--> statement-breakpoint
ALTER TABLE `quote_reports` ADD `outlet_id` integer;--> statement-breakpoint
ALTER TABLE `quote_reports` ADD `published_date` text;--> statement-breakpoint
ALTER TABLE `event_reports` ADD `outlet_id` integer;--> statement-breakpoint
ALTER TABLE `event_reports` ADD `published_date` text;--> statement-breakpoint
ALTER TABLE `quotes` ADD `report_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `report_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE `quote_reports` SET outlet_id = a.outlet_id, published_date = a.published_date FROM `articles` a WHERE a.id = `quote_reports`.article_id;--> statement-breakpoint
UPDATE `event_reports` SET outlet_id = a.outlet_id, published_date = a.published_date FROM `articles` a WHERE a.id = `event_reports`.article_id;--> statement-breakpoint
CREATE INDEX `quote_reports_quote_idx` ON `quote_reports` (`quote_id`,"published_date" IS NULL,`published_date`,`article_id`);--> statement-breakpoint
CREATE INDEX `quote_reports_quote_outlet_idx` ON `quote_reports` (`quote_id`,`outlet_id`,"published_date" IS NULL,`published_date`,`article_id`);--> statement-breakpoint
CREATE INDEX `event_reports_event_idx` ON `event_reports` (`event_id`,"published_date" IS NULL,`published_date`,`article_id`);--> statement-breakpoint
CREATE INDEX `event_reports_event_outlet_idx` ON `event_reports` (`event_id`,`outlet_id`,"published_date" IS NULL,`published_date`,`article_id`);--> statement-breakpoint
UPDATE `quotes` SET report_count = c.n FROM (SELECT quote_id, count(*) AS n FROM `quote_reports` GROUP BY quote_id) c WHERE c.quote_id = `quotes`.id;--> statement-breakpoint
UPDATE `events` SET report_count = c.n FROM (SELECT event_id, count(*) AS n FROM `event_reports` GROUP BY event_id) c WHERE c.event_id = `events`.id;--> statement-breakpoint
CREATE TRIGGER `quote_reports_copy_article` AFTER INSERT ON `quote_reports` BEGIN
  UPDATE `quote_reports` SET (outlet_id, published_date) = (SELECT outlet_id, published_date FROM `articles` WHERE id = new.article_id) WHERE id = new.id;
  UPDATE `quotes` SET report_count = report_count + 1 WHERE id = new.quote_id;
END;--> statement-breakpoint
CREATE TRIGGER `quote_reports_uncount` AFTER DELETE ON `quote_reports` BEGIN
  UPDATE `quotes` SET report_count = report_count - 1 WHERE id = old.quote_id;
END;--> statement-breakpoint
CREATE TRIGGER `quote_reports_moved` AFTER UPDATE OF `quote_id`, `article_id` ON `quote_reports` BEGIN
  UPDATE `quote_reports` SET (outlet_id, published_date) = (SELECT outlet_id, published_date FROM `articles` WHERE id = new.article_id) WHERE id = new.id;
  UPDATE `quotes` SET report_count = report_count - 1 WHERE id = old.quote_id;
  UPDATE `quotes` SET report_count = report_count + 1 WHERE id = new.quote_id;
END;--> statement-breakpoint
CREATE TRIGGER `event_reports_copy_article` AFTER INSERT ON `event_reports` BEGIN
  UPDATE `event_reports` SET (outlet_id, published_date) = (SELECT outlet_id, published_date FROM `articles` WHERE id = new.article_id) WHERE id = new.id;
  UPDATE `events` SET report_count = report_count + 1 WHERE id = new.event_id;
END;--> statement-breakpoint
CREATE TRIGGER `event_reports_uncount` AFTER DELETE ON `event_reports` BEGIN
  UPDATE `events` SET report_count = report_count - 1 WHERE id = old.event_id;
END;--> statement-breakpoint
CREATE TRIGGER `event_reports_moved` AFTER UPDATE OF `event_id`, `article_id` ON `event_reports` BEGIN
  UPDATE `event_reports` SET (outlet_id, published_date) = (SELECT outlet_id, published_date FROM `articles` WHERE id = new.article_id) WHERE id = new.id;
  UPDATE `events` SET report_count = report_count - 1 WHERE id = old.event_id;
  UPDATE `events` SET report_count = report_count + 1 WHERE id = new.event_id;
END;--> statement-breakpoint
CREATE TRIGGER `reports_follow_article` AFTER UPDATE OF `outlet_id`, `published_date` ON `articles`
  WHEN old.outlet_id IS NOT new.outlet_id OR old.published_date IS NOT new.published_date BEGIN
  UPDATE `quote_reports` SET outlet_id = new.outlet_id, published_date = new.published_date WHERE article_id = new.id;
  UPDATE `event_reports` SET outlet_id = new.outlet_id, published_date = new.published_date WHERE article_id = new.id;
END;
