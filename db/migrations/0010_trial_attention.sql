DROP INDEX `trials_outcome_ends_idx`;--> statement-breakpoint
ALTER TABLE `trials` ADD `client_id` integer REFERENCES organizations(id);--> statement-breakpoint
ALTER TABLE `trials` ADD `client_zone` text;--> statement-breakpoint
ALTER TABLE `trials` ADD `latest_check_in_on` text;--> statement-breakpoint
ALTER TABLE `trials` ADD `latest_shared_check_in_on` text;--> statement-breakpoint
ALTER TABLE `trials` ADD `week_one_open` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `trials_client_idx` ON `trials` (`client_id`,`outcome`,`ends_on`);--> statement-breakpoint
CREATE INDEX `trials_undecided_idx` ON `trials` (`ends_on`,`starts_on`,`latest_check_in_on`,`latest_shared_check_in_on`,`week_one_open`,`client_zone`,`client_id`) WHERE "trials"."outcome" is null;--> statement-breakpoint
CREATE INDEX `trials_decided_idx` ON `trials` (`decided_at`,`id`) WHERE "trials"."outcome" is not null;--> statement-breakpoint
-- Keep the latest check-ins and the open week-one goals right inside the transaction of every write (the app's commands and the
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
  client_id = (SELECT r.client_id FROM applications a JOIN roles r ON r.id = a.role_id WHERE a.id = trials.application_id),
  client_zone = (SELECT o.timezone FROM applications a JOIN roles r ON r.id = a.role_id JOIN organizations o ON o.id = r.client_id WHERE a.id = trials.application_id),
  latest_check_in_on = (SELECT max(c."on") FROM trial_check_ins c WHERE c.trial_id = trials.id),
  latest_shared_check_in_on = (SELECT max(c."on") FROM trial_check_ins c WHERE c.trial_id = trials.id AND c.visibility = 'shared'),
  week_one_open = (SELECT count(*) FROM trial_goals g WHERE g.trial_id = trials.id AND g.week = 1 AND g.done_at IS NULL);
--> statement-breakpoint
-- The client and its time zone, on each trial: set when the trial is written, followed when the
-- client's zone changes or a role moves to another client.
CREATE TRIGGER `trials_client_ai` AFTER INSERT ON `trials` BEGIN
  UPDATE trials SET
    client_id = (SELECT r.client_id FROM applications a JOIN roles r ON r.id = a.role_id WHERE a.id = new.application_id),
    client_zone = (SELECT o.timezone FROM applications a JOIN roles r ON r.id = a.role_id JOIN organizations o ON o.id = r.client_id WHERE a.id = new.application_id)
  WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `trials_zone_organization_au` AFTER UPDATE OF timezone ON `organizations` WHEN old.timezone IS NOT new.timezone BEGIN
  UPDATE trials SET client_zone = new.timezone
  WHERE client_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `trials_client_role_au` AFTER UPDATE OF client_id ON `roles` WHEN old.client_id IS NOT new.client_id BEGIN
  UPDATE trials SET client_id = new.client_id, client_zone = (SELECT timezone FROM organizations WHERE id = new.client_id)
  WHERE application_id IN (SELECT id FROM applications WHERE role_id = new.id);
END;
