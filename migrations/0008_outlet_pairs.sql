-- What two outlets both reported, one row per pair of outlets and quote (or event),
-- the lower outlet id first, kept by triggers on the memberships of 0004. A
-- comparison's `both` page is then one range of this table in id order, however
-- large the outlets grow and however few of their quotes they share; walking one
-- outlet's ids and probing the other's read ~35 ids per shared one on the scale data.
-- A quote reported by k outlets has k(k-1)/2 rows: wire copy reprinted everywhere
-- costs the most, and on the scale data the pairs number about a seventh of the
-- memberships.
CREATE INDEX `outlet_quotes_quote_idx` ON `outlet_quotes` (`quote_id`);
--> statement-breakpoint
CREATE INDEX `outlet_events_event_idx` ON `outlet_events` (`event_id`);
--> statement-breakpoint
CREATE TABLE `outlet_pair_quotes` (
	`lower_outlet_id` integer NOT NULL,
	`upper_outlet_id` integer NOT NULL,
	`quote_id` integer NOT NULL,
	PRIMARY KEY(`lower_outlet_id`, `upper_outlet_id`, `quote_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `outlet_pair_events` (
	`lower_outlet_id` integer NOT NULL,
	`upper_outlet_id` integer NOT NULL,
	`event_id` integer NOT NULL,
	PRIMARY KEY(`lower_outlet_id`, `upper_outlet_id`, `event_id`)
) WITHOUT ROWID;
--> statement-breakpoint
-- A new membership pairs its outlet with every other outlet that reported the quote.
CREATE TRIGGER `outlet_pair_quotes_insert` AFTER INSERT ON `outlet_quotes` BEGIN
  INSERT OR IGNORE INTO `outlet_pair_quotes` (lower_outlet_id, upper_outlet_id, quote_id)
    SELECT min(o.outlet_id, new.outlet_id), max(o.outlet_id, new.outlet_id), new.quote_id
    FROM `outlet_quotes` o WHERE o.quote_id = new.quote_id AND o.outlet_id <> new.outlet_id;
END;
--> statement-breakpoint
-- A membership gone unpairs its outlet from the outlets still holding the quote.
CREATE TRIGGER `outlet_pair_quotes_delete` AFTER DELETE ON `outlet_quotes` BEGIN
  DELETE FROM `outlet_pair_quotes` WHERE quote_id = old.quote_id AND (lower_outlet_id, upper_outlet_id) IN (
    SELECT min(o.outlet_id, old.outlet_id), max(o.outlet_id, old.outlet_id) FROM `outlet_quotes` o WHERE o.quote_id = old.quote_id);
END;
--> statement-breakpoint
CREATE TRIGGER `outlet_pair_quotes_update` AFTER UPDATE ON `outlet_quotes` BEGIN
  DELETE FROM `outlet_pair_quotes` WHERE quote_id = old.quote_id AND (lower_outlet_id, upper_outlet_id) IN (
    SELECT min(o.outlet_id, old.outlet_id), max(o.outlet_id, old.outlet_id) FROM `outlet_quotes` o WHERE o.quote_id = old.quote_id);
  INSERT OR IGNORE INTO `outlet_pair_quotes` (lower_outlet_id, upper_outlet_id, quote_id)
    SELECT min(o.outlet_id, new.outlet_id), max(o.outlet_id, new.outlet_id), new.quote_id
    FROM `outlet_quotes` o WHERE o.quote_id = new.quote_id AND o.outlet_id <> new.outlet_id;
END;
--> statement-breakpoint
CREATE TRIGGER `outlet_pair_events_insert` AFTER INSERT ON `outlet_events` BEGIN
  INSERT OR IGNORE INTO `outlet_pair_events` (lower_outlet_id, upper_outlet_id, event_id)
    SELECT min(o.outlet_id, new.outlet_id), max(o.outlet_id, new.outlet_id), new.event_id
    FROM `outlet_events` o WHERE o.event_id = new.event_id AND o.outlet_id <> new.outlet_id;
END;
--> statement-breakpoint
CREATE TRIGGER `outlet_pair_events_delete` AFTER DELETE ON `outlet_events` BEGIN
  DELETE FROM `outlet_pair_events` WHERE event_id = old.event_id AND (lower_outlet_id, upper_outlet_id) IN (
    SELECT min(o.outlet_id, old.outlet_id), max(o.outlet_id, old.outlet_id) FROM `outlet_events` o WHERE o.event_id = old.event_id);
END;
--> statement-breakpoint
CREATE TRIGGER `outlet_pair_events_update` AFTER UPDATE ON `outlet_events` BEGIN
  DELETE FROM `outlet_pair_events` WHERE event_id = old.event_id AND (lower_outlet_id, upper_outlet_id) IN (
    SELECT min(o.outlet_id, old.outlet_id), max(o.outlet_id, old.outlet_id) FROM `outlet_events` o WHERE o.event_id = old.event_id);
  INSERT OR IGNORE INTO `outlet_pair_events` (lower_outlet_id, upper_outlet_id, event_id)
    SELECT min(o.outlet_id, new.outlet_id), max(o.outlet_id, new.outlet_id), new.event_id
    FROM `outlet_events` o WHERE o.event_id = new.event_id AND o.outlet_id <> new.outlet_id;
END;
--> statement-breakpoint
-- Existing databases: the pairs their memberships already hold, once.
INSERT INTO `outlet_pair_quotes` (lower_outlet_id, upper_outlet_id, quote_id)
  SELECT a.outlet_id, b.outlet_id, a.quote_id FROM `outlet_quotes` a JOIN `outlet_quotes` b ON b.quote_id = a.quote_id AND b.outlet_id > a.outlet_id
  ORDER BY 1, 2, 3;
--> statement-breakpoint
INSERT INTO `outlet_pair_events` (lower_outlet_id, upper_outlet_id, event_id)
  SELECT a.outlet_id, b.outlet_id, a.event_id FROM `outlet_events` a JOIN `outlet_events` b ON b.event_id = a.event_id AND b.outlet_id > a.outlet_id
  ORDER BY 1, 2, 3;
