CREATE INDEX `organizations_timezone_idx` ON `organizations` (`timezone`);--> statement-breakpoint
CREATE INDEX `users_kind_name_idx` ON `users` (`kind`,`active`,`name`);--> statement-breakpoint
-- The number of undecided trials, kept as the decided ones are (0017): the agency's /trials counts
-- every undecided trial on each request (6,000 at 1M) to page them.
CREATE TRIGGER `counters_trials_undecided_ai` AFTER INSERT ON `trials` WHEN new.outcome IS NULL BEGIN
  INSERT INTO counters (name, value) VALUES ('trials:undecided', 1) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `counters_trials_undecided_ad` AFTER DELETE ON `trials` WHEN old.outcome IS NULL BEGIN
  INSERT INTO counters (name, value) VALUES ('trials:undecided', -1) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `counters_trials_undecided_au` AFTER UPDATE OF outcome ON `trials` WHEN (old.outcome IS NULL) <> (new.outcome IS NULL) BEGIN
  INSERT INTO counters (name, value) VALUES ('trials:undecided', CASE WHEN new.outcome IS NULL THEN 1 ELSE -1 END) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
INSERT OR REPLACE INTO counters (name, value) SELECT 'trials:undecided', count(*) FROM trials WHERE outcome IS NULL;
