-- Clustered on its key (WITHOUT ROWID): a role's counts are one short range holding `n` itself.
CREATE TABLE `role_stage_counts` (
	`role_id` integer NOT NULL,
	`stage` text NOT NULL,
	`submitted` integer NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`role_id`, `stage`, `submitted`)
) WITHOUT ROWID;
--> statement-breakpoint
-- Kept equal to count(*) of applications per (role, stage, submitted or not) inside the
-- transaction that changes them (see db/schema/counters.ts): each trigger adds a signed delta
-- through one upsert, as the counters of 0006 do.
CREATE TRIGGER `role_stage_counts_ai` AFTER INSERT ON `applications` BEGIN
  INSERT INTO role_stage_counts (role_id, stage, submitted, n) VALUES (new.role_id, new.stage, new.submitted_at IS NOT NULL, 1)
  ON CONFLICT (role_id, stage, submitted) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER `role_stage_counts_ad` AFTER DELETE ON `applications` BEGIN
  INSERT INTO role_stage_counts (role_id, stage, submitted, n) VALUES (old.role_id, old.stage, old.submitted_at IS NOT NULL, -1)
  ON CONFLICT (role_id, stage, submitted) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER `role_stage_counts_au` AFTER UPDATE OF role_id, stage, submitted_at ON `applications`
WHEN old.role_id <> new.role_id OR old.stage IS NOT new.stage OR (old.submitted_at IS NULL) <> (new.submitted_at IS NULL) BEGIN
  INSERT INTO role_stage_counts (role_id, stage, submitted, n) VALUES (old.role_id, old.stage, old.submitted_at IS NOT NULL, -1)
  ON CONFLICT (role_id, stage, submitted) DO UPDATE SET n = n + excluded.n;
  INSERT INTO role_stage_counts (role_id, stage, submitted, n) VALUES (new.role_id, new.stage, new.submitted_at IS NOT NULL, 1)
  ON CONFLICT (role_id, stage, submitted) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
-- Backfill from the applications already there.
INSERT INTO role_stage_counts (role_id, stage, submitted, n)
SELECT role_id, stage, submitted_at IS NOT NULL, count(*) FROM applications GROUP BY 1, 2, 3;
