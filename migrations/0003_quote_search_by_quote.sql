-- Full-text search answers with quotes, so the index holds one row per quote
-- (rowid = quote id) with the distinct wordings of its reports, in the order they
-- were first reported, joined by ' … '. A search then walks matching quote ids in
-- order and stops once a page is full; with one row per report it had to collect
-- every matching report and turn them into quote ids before the first page.
-- The table keeps its name (ingestion tunes its merging by that name) and now
-- stores its text, which the triggers need to replace a quote's row.
DROP TRIGGER `quote_reports_fts_insert`;
--> statement-breakpoint
DROP TRIGGER `quote_reports_fts_delete`;
--> statement-breakpoint
DROP TRIGGER `quote_reports_fts_update`;
--> statement-breakpoint
DROP TABLE `quote_reports_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `quote_reports_fts` USING fts5(`text`, tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
-- Every change to a report rewrites its quote's row from the reports left; a quote
-- with none left has no row.
CREATE TRIGGER `quote_reports_fts_insert` AFTER INSERT ON `quote_reports` BEGIN
  DELETE FROM `quote_reports_fts` WHERE rowid = new.quote_id;
  INSERT INTO `quote_reports_fts`(rowid, `text`)
    SELECT new.quote_id, group_concat(`text`, ' … ') FROM (SELECT `text` FROM `quote_reports` WHERE quote_id = new.quote_id GROUP BY `text` ORDER BY min(id));
END;
--> statement-breakpoint
CREATE TRIGGER `quote_reports_fts_delete` AFTER DELETE ON `quote_reports` BEGIN
  DELETE FROM `quote_reports_fts` WHERE rowid = old.quote_id;
  INSERT INTO `quote_reports_fts`(rowid, `text`)
    SELECT old.quote_id, wordings FROM (SELECT group_concat(`text`, ' … ') AS wordings
      FROM (SELECT `text` FROM `quote_reports` WHERE quote_id = old.quote_id GROUP BY `text` ORDER BY min(id)))
    WHERE wordings IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `quote_reports_fts_update` AFTER UPDATE OF `text`, `quote_id` ON `quote_reports` BEGIN
  DELETE FROM `quote_reports_fts` WHERE rowid IN (old.quote_id, new.quote_id);
  INSERT INTO `quote_reports_fts`(rowid, `text`)
    SELECT quote_id, wordings FROM (SELECT quote_id, group_concat(`text`, ' … ') AS wordings
      FROM (SELECT quote_id, `text` FROM `quote_reports` WHERE quote_id IN (old.quote_id, new.quote_id) GROUP BY quote_id, `text` ORDER BY quote_id, min(id))
      GROUP BY quote_id);
END;
--> statement-breakpoint
-- Existing databases keep working: their quotes are indexed here, once.
INSERT INTO `quote_reports_fts`(rowid, `text`)
  SELECT quote_id, group_concat(`text`, ' … ') FROM (
    SELECT quote_id, `text` FROM `quote_reports` GROUP BY quote_id, `text` ORDER BY quote_id, min(id)
  ) GROUP BY quote_id;
--> statement-breakpoint
INSERT INTO `quote_reports_fts`(`quote_reports_fts`) VALUES ('optimize');
