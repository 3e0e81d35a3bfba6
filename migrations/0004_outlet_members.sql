-- Which quotes and events each outlet reported, one row per pair, kept by triggers
-- on the reports. Comparing two outlets then walks one outlet's ids in order and
-- looks each up in the other's, instead of collecting both outlets' ids from every
-- report of every article they published.
CREATE TABLE `outlet_quotes` (
	`outlet_id` integer NOT NULL,
	`quote_id` integer NOT NULL,
	PRIMARY KEY(`outlet_id`, `quote_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `outlet_events` (
	`outlet_id` integer NOT NULL,
	`event_id` integer NOT NULL,
	PRIMARY KEY(`outlet_id`, `event_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TRIGGER `outlet_quotes_insert` AFTER INSERT ON `quote_reports` BEGIN
  INSERT OR IGNORE INTO `outlet_quotes` (outlet_id, quote_id)
    SELECT outlet_id, new.quote_id FROM `articles` WHERE id = new.article_id AND outlet_id IS NOT NULL;
END;
--> statement-breakpoint
-- An outlet keeps a quote while any of its articles still reports it.
CREATE TRIGGER `outlet_quotes_delete` AFTER DELETE ON `quote_reports` BEGIN
  DELETE FROM `outlet_quotes` WHERE outlet_id = (SELECT outlet_id FROM `articles` WHERE id = old.article_id) AND quote_id = old.quote_id
    AND NOT EXISTS (SELECT 1 FROM `quote_reports` r JOIN `articles` a ON a.id = r.article_id
      WHERE r.quote_id = old.quote_id AND a.outlet_id = `outlet_quotes`.outlet_id);
END;
--> statement-breakpoint
CREATE TRIGGER `outlet_quotes_update` AFTER UPDATE OF `quote_id`, `article_id` ON `quote_reports` BEGIN
  DELETE FROM `outlet_quotes` WHERE outlet_id = (SELECT outlet_id FROM `articles` WHERE id = old.article_id) AND quote_id = old.quote_id
    AND NOT EXISTS (SELECT 1 FROM `quote_reports` r JOIN `articles` a ON a.id = r.article_id
      WHERE r.quote_id = old.quote_id AND a.outlet_id = `outlet_quotes`.outlet_id);
  INSERT OR IGNORE INTO `outlet_quotes` (outlet_id, quote_id)
    SELECT outlet_id, new.quote_id FROM `articles` WHERE id = new.article_id AND outlet_id IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `outlet_events_insert` AFTER INSERT ON `event_reports` BEGIN
  INSERT OR IGNORE INTO `outlet_events` (outlet_id, event_id)
    SELECT outlet_id, new.event_id FROM `articles` WHERE id = new.article_id AND outlet_id IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `outlet_events_delete` AFTER DELETE ON `event_reports` BEGIN
  DELETE FROM `outlet_events` WHERE outlet_id = (SELECT outlet_id FROM `articles` WHERE id = old.article_id) AND event_id = old.event_id
    AND NOT EXISTS (SELECT 1 FROM `event_reports` r JOIN `articles` a ON a.id = r.article_id
      WHERE r.event_id = old.event_id AND a.outlet_id = `outlet_events`.outlet_id);
END;
--> statement-breakpoint
CREATE TRIGGER `outlet_events_update` AFTER UPDATE OF `event_id`, `article_id` ON `event_reports` BEGIN
  DELETE FROM `outlet_events` WHERE outlet_id = (SELECT outlet_id FROM `articles` WHERE id = old.article_id) AND event_id = old.event_id
    AND NOT EXISTS (SELECT 1 FROM `event_reports` r JOIN `articles` a ON a.id = r.article_id
      WHERE r.event_id = old.event_id AND a.outlet_id = `outlet_events`.outlet_id);
  INSERT OR IGNORE INTO `outlet_events` (outlet_id, event_id)
    SELECT outlet_id, new.event_id FROM `articles` WHERE id = new.article_id AND outlet_id IS NOT NULL;
END;
--> statement-breakpoint
-- An article moved to another outlet takes what it reported along.
CREATE TRIGGER `outlet_members_article_moved` AFTER UPDATE OF `outlet_id` ON `articles` WHEN old.outlet_id IS NOT new.outlet_id BEGIN
  DELETE FROM `outlet_quotes` WHERE outlet_id = old.outlet_id AND quote_id IN (SELECT quote_id FROM `quote_reports` WHERE article_id = new.id)
    AND NOT EXISTS (SELECT 1 FROM `quote_reports` r JOIN `articles` a ON a.id = r.article_id
      WHERE r.quote_id = `outlet_quotes`.quote_id AND a.outlet_id = old.outlet_id);
  INSERT OR IGNORE INTO `outlet_quotes` (outlet_id, quote_id)
    SELECT new.outlet_id, quote_id FROM `quote_reports` WHERE article_id = new.id AND new.outlet_id IS NOT NULL;
  DELETE FROM `outlet_events` WHERE outlet_id = old.outlet_id AND event_id IN (SELECT event_id FROM `event_reports` WHERE article_id = new.id)
    AND NOT EXISTS (SELECT 1 FROM `event_reports` r JOIN `articles` a ON a.id = r.article_id
      WHERE r.event_id = `outlet_events`.event_id AND a.outlet_id = old.outlet_id);
  INSERT OR IGNORE INTO `outlet_events` (outlet_id, event_id)
    SELECT new.outlet_id, event_id FROM `event_reports` WHERE article_id = new.id AND new.outlet_id IS NOT NULL;
END;
--> statement-breakpoint
-- A deleted article's reports would otherwise go by the foreign-key cascade, after
-- the article row, when the triggers above can no longer read its outlet.
CREATE TRIGGER `outlet_members_article_deleted` BEFORE DELETE ON `articles` BEGIN
  DELETE FROM `quote_reports` WHERE article_id = old.id;
  DELETE FROM `event_reports` WHERE article_id = old.id;
END;
--> statement-breakpoint
-- Existing databases keep working: what they hold is recorded here, once.
INSERT INTO `outlet_quotes` (outlet_id, quote_id)
  SELECT DISTINCT a.outlet_id, r.quote_id FROM `quote_reports` r JOIN `articles` a ON a.id = r.article_id
  WHERE a.outlet_id IS NOT NULL ORDER BY 1, 2;
--> statement-breakpoint
INSERT INTO `outlet_events` (outlet_id, event_id)
  SELECT DISTINCT a.outlet_id, r.event_id FROM `event_reports` r JOIN `articles` a ON a.id = r.article_id
  WHERE a.outlet_id IS NOT NULL ORDER BY 1, 2;
