CREATE TABLE `report_source_days` (
	`day` integer NOT NULL,
	`role_type` text NOT NULL,
	`source` text NOT NULL,
	`applications` integer DEFAULT 0 NOT NULL,
	`submitted` integer DEFAULT 0 NOT NULL,
	`trials` integer DEFAULT 0 NOT NULL,
	`hired` integer DEFAULT 0 NOT NULL,
	`decided` integer DEFAULT 0 NOT NULL,
	`converted` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`day`, `role_type`, `source`)
);
--> statement-breakpoint
CREATE TABLE `report_stay_hours` (
	`day` integer NOT NULL,
	`role_type` text NOT NULL,
	`stage` text NOT NULL,
	`hours` integer NOT NULL,
	`stays` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`stage`, `day`, `role_type`, `hours`)
);
--> statement-breakpoint
-- The time-in-stage report reads report_stay_hours for the whole agency now; this index served only that.
DROP INDEX `stage_events_stay_idx`;--> statement-breakpoint
-- The sources rollup. An application counts on the day it was added, under its role's type and its
-- candidate's source: 1 application, whether it reached Submitted (rank 3), Trial (6) and Hired (7),
-- and once it reached Trial, its trials decided and converted. Every change to one of those facts
-- takes the row's old contribution off and puts its new one on.
CREATE TRIGGER `report_source_days_ai` AFTER INSERT ON `applications` WHEN new.source IS NOT NULL BEGIN
  INSERT INTO report_source_days (day, role_type, source, applications, submitted, trials, hired, decided, converted)
  SELECT new.created_at / 86400000, r.type, new.source, 1, new.reached_rank >= 3, new.reached_rank >= 6, new.reached_rank = 7,
    CASE WHEN new.reached_rank >= 6 THEN (SELECT count(t.outcome) FROM trials t WHERE t.application_id = new.id) ELSE 0 END,
    CASE WHEN new.reached_rank >= 6 THEN (SELECT count(*) FROM trials t WHERE t.application_id = new.id AND t.outcome = 'converted') ELSE 0 END
  FROM roles r WHERE r.id = new.role_id
  ON CONFLICT (day, role_type, source) DO UPDATE SET
    applications = applications + excluded.applications, submitted = submitted + excluded.submitted, trials = trials + excluded.trials,
    hired = hired + excluded.hired, decided = decided + excluded.decided, converted = converted + excluded.converted;
END;
--> statement-breakpoint
CREATE TRIGGER `report_source_days_au` AFTER UPDATE OF created_at, role_id, source, reached_rank ON `applications`
WHEN old.source IS NOT new.source OR old.reached_rank <> new.reached_rank OR old.created_at <> new.created_at OR old.role_id <> new.role_id BEGIN
  INSERT INTO report_source_days (day, role_type, source, applications, submitted, trials, hired, decided, converted)
  SELECT old.created_at / 86400000, r.type, old.source, -1, -(old.reached_rank >= 3), -(old.reached_rank >= 6), -(old.reached_rank = 7),
    CASE WHEN old.reached_rank >= 6 THEN -(SELECT count(t.outcome) FROM trials t WHERE t.application_id = old.id) ELSE 0 END,
    CASE WHEN old.reached_rank >= 6 THEN -(SELECT count(*) FROM trials t WHERE t.application_id = old.id AND t.outcome = 'converted') ELSE 0 END
  FROM roles r WHERE r.id = old.role_id AND old.source IS NOT NULL
  ON CONFLICT (day, role_type, source) DO UPDATE SET
    applications = applications + excluded.applications, submitted = submitted + excluded.submitted, trials = trials + excluded.trials,
    hired = hired + excluded.hired, decided = decided + excluded.decided, converted = converted + excluded.converted;
  INSERT INTO report_source_days (day, role_type, source, applications, submitted, trials, hired, decided, converted)
  SELECT new.created_at / 86400000, r.type, new.source, 1, new.reached_rank >= 3, new.reached_rank >= 6, new.reached_rank = 7,
    CASE WHEN new.reached_rank >= 6 THEN (SELECT count(t.outcome) FROM trials t WHERE t.application_id = new.id) ELSE 0 END,
    CASE WHEN new.reached_rank >= 6 THEN (SELECT count(*) FROM trials t WHERE t.application_id = new.id AND t.outcome = 'converted') ELSE 0 END
  FROM roles r WHERE r.id = new.role_id AND new.source IS NOT NULL
  ON CONFLICT (day, role_type, source) DO UPDATE SET
    applications = applications + excluded.applications, submitted = submitted + excluded.submitted, trials = trials + excluded.trials,
    hired = hired + excluded.hired, decided = decided + excluded.decided, converted = converted + excluded.converted;
END;
--> statement-breakpoint
CREATE TRIGGER `report_source_days_ad` AFTER DELETE ON `applications` WHEN old.source IS NOT NULL BEGIN
  INSERT INTO report_source_days (day, role_type, source, applications, submitted, trials, hired, decided, converted)
  SELECT old.created_at / 86400000, r.type, old.source, -1, -(old.reached_rank >= 3), -(old.reached_rank >= 6), -(old.reached_rank = 7),
    CASE WHEN old.reached_rank >= 6 THEN -(SELECT count(t.outcome) FROM trials t WHERE t.application_id = old.id) ELSE 0 END,
    CASE WHEN old.reached_rank >= 6 THEN -(SELECT count(*) FROM trials t WHERE t.application_id = old.id AND t.outcome = 'converted') ELSE 0 END
  FROM roles r WHERE r.id = old.role_id
  ON CONFLICT (day, role_type, source) DO UPDATE SET
    applications = applications + excluded.applications, submitted = submitted + excluded.submitted, trials = trials + excluded.trials,
    hired = hired + excluded.hired, decided = decided + excluded.decided, converted = converted + excluded.converted;
END;
--> statement-breakpoint
-- A trial's outcome, counted on its application's row (through the application: if it is gone, so is its contribution).
CREATE TRIGGER `report_source_days_trial_ai` AFTER INSERT ON `trials` WHEN new.outcome IS NOT NULL BEGIN
  INSERT INTO report_source_days (day, role_type, source, decided, converted)
  SELECT a.created_at / 86400000, r.type, a.source, 1, new.outcome = 'converted'
  FROM applications a JOIN roles r ON r.id = a.role_id WHERE a.id = new.application_id AND a.reached_rank >= 6 AND a.source IS NOT NULL
  ON CONFLICT (day, role_type, source) DO UPDATE SET decided = decided + excluded.decided, converted = converted + excluded.converted;
END;
--> statement-breakpoint
CREATE TRIGGER `report_source_days_trial_au` AFTER UPDATE OF outcome, application_id ON `trials`
WHEN old.outcome IS NOT new.outcome OR old.application_id <> new.application_id BEGIN
  INSERT INTO report_source_days (day, role_type, source, decided, converted)
  SELECT a.created_at / 86400000, r.type, a.source, -(old.outcome IS NOT NULL), -coalesce(old.outcome = 'converted', 0)
  FROM applications a JOIN roles r ON r.id = a.role_id WHERE a.id = old.application_id AND a.reached_rank >= 6 AND a.source IS NOT NULL
  ON CONFLICT (day, role_type, source) DO UPDATE SET decided = decided + excluded.decided, converted = converted + excluded.converted;
  INSERT INTO report_source_days (day, role_type, source, decided, converted)
  SELECT a.created_at / 86400000, r.type, a.source, new.outcome IS NOT NULL, coalesce(new.outcome = 'converted', 0)
  FROM applications a JOIN roles r ON r.id = a.role_id WHERE a.id = new.application_id AND a.reached_rank >= 6 AND a.source IS NOT NULL
  ON CONFLICT (day, role_type, source) DO UPDATE SET decided = decided + excluded.decided, converted = converted + excluded.converted;
END;
--> statement-breakpoint
CREATE TRIGGER `report_source_days_trial_ad` AFTER DELETE ON `trials` WHEN old.outcome IS NOT NULL BEGIN
  INSERT INTO report_source_days (day, role_type, source, decided, converted)
  SELECT a.created_at / 86400000, r.type, a.source, -1, -(old.outcome = 'converted')
  FROM applications a JOIN roles r ON r.id = a.role_id WHERE a.id = old.application_id AND a.reached_rank >= 6 AND a.source IS NOT NULL
  ON CONFLICT (day, role_type, source) DO UPDATE SET decided = decided + excluded.decided, converted = converted + excluded.converted;
END;
--> statement-breakpoint
-- The stays rollup: a stay counts once it has ended (left_at, kept by stage_events_reports_ai), on
-- the day it began, under its role's type, by its length in whole hours.
CREATE TRIGGER `report_stay_hours_ai` AFTER INSERT ON `stage_events` WHEN new.left_at IS NOT NULL BEGIN
  INSERT INTO report_stay_hours (day, role_type, stage, hours, stays)
  SELECT new.created_at / 86400000, r.type, new.to_stage, (new.left_at - new.created_at) / 3600000, 1
  FROM applications a JOIN roles r ON r.id = a.role_id WHERE a.id = new.application_id
  ON CONFLICT (stage, day, role_type, hours) DO UPDATE SET stays = stays + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `report_stay_hours_au` AFTER UPDATE OF left_at, created_at, to_stage, application_id ON `stage_events`
WHEN old.left_at IS NOT new.left_at OR old.created_at <> new.created_at OR old.to_stage <> new.to_stage OR old.application_id <> new.application_id BEGIN
  INSERT INTO report_stay_hours (day, role_type, stage, hours, stays)
  SELECT old.created_at / 86400000, r.type, old.to_stage, (old.left_at - old.created_at) / 3600000, -1
  FROM applications a JOIN roles r ON r.id = a.role_id WHERE a.id = old.application_id AND old.left_at IS NOT NULL
  ON CONFLICT (stage, day, role_type, hours) DO UPDATE SET stays = stays - 1;
  INSERT INTO report_stay_hours (day, role_type, stage, hours, stays)
  SELECT new.created_at / 86400000, r.type, new.to_stage, (new.left_at - new.created_at) / 3600000, 1
  FROM applications a JOIN roles r ON r.id = a.role_id WHERE a.id = new.application_id AND new.left_at IS NOT NULL
  ON CONFLICT (stage, day, role_type, hours) DO UPDATE SET stays = stays + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `report_stay_hours_ad` AFTER DELETE ON `stage_events` WHEN old.left_at IS NOT NULL BEGIN
  INSERT INTO report_stay_hours (day, role_type, stage, hours, stays)
  SELECT old.created_at / 86400000, r.type, old.to_stage, (old.left_at - old.created_at) / 3600000, -1
  FROM applications a JOIN roles r ON r.id = a.role_id WHERE a.id = old.application_id
  ON CONFLICT (stage, day, role_type, hours) DO UPDATE SET stays = stays - 1;
END;
--> statement-breakpoint
-- An application moved to a role of another type takes its stays with it (its sources row moves in report_source_days_au).
CREATE TRIGGER `report_stay_hours_app_au` AFTER UPDATE OF role_id ON `applications` WHEN old.role_id <> new.role_id BEGIN
  INSERT INTO report_stay_hours (day, role_type, stage, hours, stays)
  SELECT e.created_at / 86400000, r.type, e.to_stage, (e.left_at - e.created_at) / 3600000, -count(*)
  FROM stage_events e JOIN roles r ON r.id = old.role_id WHERE e.application_id = new.id AND e.left_at IS NOT NULL
  GROUP BY 1, 2, 3, 4
  ON CONFLICT (stage, day, role_type, hours) DO UPDATE SET stays = stays + excluded.stays;
  INSERT INTO report_stay_hours (day, role_type, stage, hours, stays)
  SELECT e.created_at / 86400000, r.type, e.to_stage, (e.left_at - e.created_at) / 3600000, count(*)
  FROM stage_events e JOIN roles r ON r.id = new.role_id WHERE e.application_id = new.id AND e.left_at IS NOT NULL
  GROUP BY 1, 2, 3, 4
  ON CONFLICT (stage, day, role_type, hours) DO UPDATE SET stays = stays + excluded.stays;
END;
--> statement-breakpoint
-- A role whose type changes moves its applications' rows and stays from the old type to the new.
CREATE TRIGGER `report_rollups_role_type_au` AFTER UPDATE OF type ON `roles` WHEN old.type <> new.type BEGIN
  INSERT INTO report_source_days (day, role_type, source, applications, submitted, trials, hired, decided, converted)
  SELECT a.created_at / 86400000, x.role_type, a.source, x.sign * count(*), x.sign * sum(a.reached_rank >= 3), x.sign * sum(a.reached_rank >= 6),
    x.sign * sum(a.reached_rank = 7),
    x.sign * sum(CASE WHEN a.reached_rank >= 6 THEN (SELECT count(t.outcome) FROM trials t WHERE t.application_id = a.id) ELSE 0 END),
    x.sign * sum(CASE WHEN a.reached_rank >= 6 THEN (SELECT count(*) FROM trials t WHERE t.application_id = a.id AND t.outcome = 'converted') ELSE 0 END)
  FROM applications a JOIN (SELECT old.type role_type, -1 sign UNION ALL SELECT new.type, 1) x
  WHERE a.role_id = new.id AND a.source IS NOT NULL
  GROUP BY 1, 2, 3
  ON CONFLICT (day, role_type, source) DO UPDATE SET
    applications = applications + excluded.applications, submitted = submitted + excluded.submitted, trials = trials + excluded.trials,
    hired = hired + excluded.hired, decided = decided + excluded.decided, converted = converted + excluded.converted;
  INSERT INTO report_stay_hours (day, role_type, stage, hours, stays)
  SELECT e.created_at / 86400000, x.role_type, e.to_stage, (e.left_at - e.created_at) / 3600000, x.sign * count(*)
  FROM applications a JOIN stage_events e ON e.application_id = a.id JOIN (SELECT old.type role_type, -1 sign UNION ALL SELECT new.type, 1) x
  WHERE a.role_id = new.id AND e.left_at IS NOT NULL
  GROUP BY 1, 2, 3, 4
  ON CONFLICT (stage, day, role_type, hours) DO UPDATE SET stays = stays + excluded.stays;
END;
--> statement-breakpoint
-- What is already there.
INSERT INTO report_source_days (day, role_type, source, applications, submitted, trials, hired, decided, converted)
SELECT a.created_at / 86400000, r.type, a.source, count(*), sum(a.reached_rank >= 3), sum(a.reached_rank >= 6), sum(a.reached_rank = 7),
  sum(CASE WHEN a.reached_rank >= 6 THEN (SELECT count(t.outcome) FROM trials t WHERE t.application_id = a.id) ELSE 0 END),
  sum(CASE WHEN a.reached_rank >= 6 THEN (SELECT count(*) FROM trials t WHERE t.application_id = a.id AND t.outcome = 'converted') ELSE 0 END)
FROM applications a JOIN roles r ON r.id = a.role_id WHERE a.source IS NOT NULL
GROUP BY 1, 2, 3;
--> statement-breakpoint
INSERT INTO report_stay_hours (day, role_type, stage, hours, stays)
SELECT e.created_at / 86400000, r.type, e.to_stage, (e.left_at - e.created_at) / 3600000, count(*)
FROM stage_events e JOIN applications a ON a.id = e.application_id JOIN roles r ON r.id = a.role_id WHERE e.left_at IS NOT NULL
GROUP BY 1, 2, 3, 4;
