ALTER TABLE `trials` ADD `latest_check_in_on` text;--> statement-breakpoint
ALTER TABLE `trials` ADD `latest_shared_check_in_on` text;--> statement-breakpoint
ALTER TABLE `trials` ADD `week_one_open` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Keep the three columns right inside the transaction of every write (the app's commands and the
-- seeds alike). Check-ins are only ever added; goals are added, ticked and unticked.
CREATE TRIGGER `trials_check_in_ai` AFTER INSERT ON `trial_check_ins` BEGIN
  UPDATE trials SET
    latest_check_in_on = max(coalesce(latest_check_in_on, ''), new."on"),
    latest_shared_check_in_on = CASE WHEN new.visibility = 'shared' THEN max(coalesce(latest_shared_check_in_on, ''), new."on") ELSE latest_shared_check_in_on END
  WHERE id = new.trial_id;
END;
--> statement-breakpoint
CREATE TRIGGER `trials_goal_ai` AFTER INSERT ON `trial_goals` WHEN new.week = 1 AND new.done_at IS NULL BEGIN
  UPDATE trials SET week_one_open = week_one_open + 1 WHERE id = new.trial_id;
END;
--> statement-breakpoint
CREATE TRIGGER `trials_goal_au` AFTER UPDATE OF done_at, week ON `trial_goals` BEGIN
  UPDATE trials SET week_one_open = week_one_open
    - (old.week = 1 AND old.done_at IS NULL)
    + (new.week = 1 AND new.done_at IS NULL)
  WHERE id = new.trial_id;
END;
--> statement-breakpoint
CREATE TRIGGER `trials_goal_ad` AFTER DELETE ON `trial_goals` WHEN old.week = 1 AND old.done_at IS NULL BEGIN
  UPDATE trials SET week_one_open = week_one_open - 1 WHERE id = old.trial_id;
END;
--> statement-breakpoint
UPDATE trials SET
  latest_check_in_on = (SELECT max(c."on") FROM trial_check_ins c WHERE c.trial_id = trials.id),
  latest_shared_check_in_on = (SELECT max(c."on") FROM trial_check_ins c WHERE c.trial_id = trials.id AND c.visibility = 'shared'),
  week_one_open = (SELECT count(*) FROM trial_goals g WHERE g.trial_id = trials.id AND g.week = 1 AND g.done_at IS NULL);
--> statement-breakpoint
CREATE INDEX `trials_undecided_ends_idx` ON `trials` (`ends_on`) WHERE outcome IS NULL;
