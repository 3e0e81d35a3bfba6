-- A quote's first report is nearly every report an ingest writes (12,174 of the
-- BBC set's 12,748), and its row in the full-text index is that report's wording
-- alone: it is inserted as it is, instead of deleting a row that is not there and
-- regrouping the quote's reports. Later reports still rebuild the row from all of
-- them, as 0003 set out; the index holds the same text either way.
DROP TRIGGER `quote_reports_fts_insert`;
--> statement-breakpoint
CREATE TRIGGER `quote_reports_fts_insert_first` AFTER INSERT ON `quote_reports`
WHEN NOT EXISTS (SELECT 1 FROM `quote_reports` WHERE quote_id = new.quote_id AND id <> new.id) BEGIN
  INSERT INTO `quote_reports_fts`(rowid, `text`) VALUES (new.quote_id, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `quote_reports_fts_insert` AFTER INSERT ON `quote_reports`
WHEN EXISTS (SELECT 1 FROM `quote_reports` WHERE quote_id = new.quote_id AND id <> new.id) BEGIN
  DELETE FROM `quote_reports_fts` WHERE rowid = new.quote_id;
  INSERT INTO `quote_reports_fts`(rowid, `text`)
    SELECT new.quote_id, group_concat(`text`, ' … ') FROM (SELECT `text` FROM `quote_reports` WHERE quote_id = new.quote_id GROUP BY `text` ORDER BY min(id));
END;
