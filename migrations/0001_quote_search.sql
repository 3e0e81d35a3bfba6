-- Full-text search over the wording of every quote report (GET /quotes?q=).
-- An external-content FTS5 table: the text lives once, in quote_reports, and
-- triggers keep the index in step with every insert, update and delete.
CREATE VIRTUAL TABLE `quote_reports_fts` USING fts5(`text`, content='quote_reports', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `quote_reports_fts_insert` AFTER INSERT ON `quote_reports` BEGIN
  INSERT INTO `quote_reports_fts`(rowid, `text`) VALUES (new.id, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `quote_reports_fts_delete` AFTER DELETE ON `quote_reports` BEGIN
  INSERT INTO `quote_reports_fts`(`quote_reports_fts`, rowid, `text`) VALUES ('delete', old.id, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `quote_reports_fts_update` AFTER UPDATE OF `text` ON `quote_reports` BEGIN
  INSERT INTO `quote_reports_fts`(`quote_reports_fts`, rowid, `text`) VALUES ('delete', old.id, old.text);
  INSERT INTO `quote_reports_fts`(rowid, `text`) VALUES (new.id, new.text);
END;
