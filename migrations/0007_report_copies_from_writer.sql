-- Ingestion writes each report with its article's outlet and date, so the triggers of
-- 0006 now rewrite a new report only when those differ from its article's (a report
-- inserted without them, by hand or by older code): an UPDATE of every new report
-- cost ingestion time, a look at the article costs little.
DROP TRIGGER `quote_reports_copy_article`;--> statement-breakpoint
DROP TRIGGER `event_reports_copy_article`;--> statement-breakpoint
CREATE TRIGGER `quote_reports_count` AFTER INSERT ON `quote_reports` BEGIN
  UPDATE `quotes` SET report_count = report_count + 1 WHERE id = new.quote_id;
END;--> statement-breakpoint
CREATE TRIGGER `quote_reports_copy_article` AFTER INSERT ON `quote_reports`
  WHEN EXISTS (SELECT 1 FROM `articles` a WHERE a.id = new.article_id
    AND (a.outlet_id IS NOT new.outlet_id OR a.published_date IS NOT new.published_date)) BEGIN
  UPDATE `quote_reports` SET (outlet_id, published_date) = (SELECT outlet_id, published_date FROM `articles` WHERE id = new.article_id) WHERE id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `event_reports_count` AFTER INSERT ON `event_reports` BEGIN
  UPDATE `events` SET report_count = report_count + 1 WHERE id = new.event_id;
END;--> statement-breakpoint
CREATE TRIGGER `event_reports_copy_article` AFTER INSERT ON `event_reports`
  WHEN EXISTS (SELECT 1 FROM `articles` a WHERE a.id = new.article_id
    AND (a.outlet_id IS NOT new.outlet_id OR a.published_date IS NOT new.published_date)) BEGIN
  UPDATE `event_reports` SET (outlet_id, published_date) = (SELECT outlet_id, published_date FROM `articles` WHERE id = new.article_id) WHERE id = new.id;
END;
