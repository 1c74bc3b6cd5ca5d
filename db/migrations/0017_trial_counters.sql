-- The number of decided trials, kept as the other counters are (0006): the agency's /trials pages
-- through every decided trial, and counting them (60,000 at 1M) cost more than the page.
CREATE TRIGGER `counters_trials_ai` AFTER INSERT ON `trials` WHEN new.outcome IS NOT NULL BEGIN
  INSERT INTO counters (name, value) VALUES ('trials:decided', 1) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `counters_trials_ad` AFTER DELETE ON `trials` WHEN old.outcome IS NOT NULL BEGIN
  INSERT INTO counters (name, value) VALUES ('trials:decided', -1) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `counters_trials_au` AFTER UPDATE OF outcome ON `trials` WHEN (old.outcome IS NULL) <> (new.outcome IS NULL) BEGIN
  INSERT INTO counters (name, value) VALUES ('trials:decided', CASE WHEN new.outcome IS NULL THEN -1 ELSE 1 END) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
INSERT OR REPLACE INTO counters (name, value) SELECT 'trials:decided', count(*) FROM trials WHERE outcome IS NOT NULL;
