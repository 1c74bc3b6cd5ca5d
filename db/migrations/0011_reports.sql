ALTER TABLE `users` ADD `client_moves_seen_at` integer;--> statement-breakpoint
ALTER TABLE `applications` ADD `reached_rank` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `applications` ADD `source` text;--> statement-breakpoint
ALTER TABLE `applications` ADD `client_moved_at` integer;--> statement-breakpoint
ALTER TABLE `stage_events` ADD `left_at` integer;--> statement-breakpoint
ALTER TABLE `candidates` ADD `erased_at` integer;--> statement-breakpoint
-- What the reports and the home page read, kept inside the transaction of every stage event (the
-- app's moves and the seeds alike): when the application left the stage it was in, the furthest
-- funnel stage it has reached (sourced 0 … hired 7; rejected and withdrawn reach nothing new), and
-- the last time a client's user moved it to client interview, offer or rejected.
CREATE TRIGGER `stage_events_reports_ai` AFTER INSERT ON `stage_events` BEGIN
  UPDATE stage_events SET left_at = new.created_at
  WHERE application_id = new.application_id AND left_at IS NULL AND id < new.id;
  UPDATE applications SET reached_rank = max(reached_rank, CASE new.to_stage
      WHEN 'screening' THEN 1 WHEN 'interviewing' THEN 2 WHEN 'submitted' THEN 3 WHEN 'client_interview' THEN 4
      WHEN 'offer' THEN 5 WHEN 'trial' THEN 6 WHEN 'hired' THEN 7 ELSE 0 END)
  WHERE id = new.application_id;
  UPDATE applications SET client_moved_at = new.created_at
  WHERE id = new.application_id
    AND new.to_stage IN ('client_interview', 'offer', 'rejected')
    AND EXISTS (SELECT 1 FROM users u WHERE u.id = new.actor_id AND u.kind IN ('hiring_manager', 'client_viewer'));
END;
--> statement-breakpoint
-- The same three for the history already written (before the indexes, so the updates do not maintain them).
UPDATE stage_events SET left_at = (
  SELECT n.created_at FROM stage_events n
  WHERE n.application_id = stage_events.application_id AND n.id > stage_events.id
  ORDER BY n.id LIMIT 1
);--> statement-breakpoint
UPDATE applications SET
  reached_rank = coalesce((
    SELECT max(CASE e.to_stage
      WHEN 'screening' THEN 1 WHEN 'interviewing' THEN 2 WHEN 'submitted' THEN 3 WHEN 'client_interview' THEN 4
      WHEN 'offer' THEN 5 WHEN 'trial' THEN 6 WHEN 'hired' THEN 7 ELSE 0 END)
    FROM stage_events e WHERE e.application_id = applications.id
  ), 0),
  client_moved_at = (
    SELECT max(e.created_at) FROM stage_events e JOIN users u ON u.id = e.actor_id
    WHERE e.application_id = applications.id AND e.to_stage IN ('client_interview', 'offer', 'rejected')
      AND u.kind IN ('hiring_manager', 'client_viewer')
  ),
  source = (SELECT c.source FROM candidates c WHERE c.id = applications.candidate_id);--> statement-breakpoint
-- The candidate's source on each application, for the sources report.
CREATE TRIGGER `applications_source_ai` AFTER INSERT ON `applications` BEGIN
  UPDATE applications SET source = (SELECT source FROM candidates WHERE id = new.candidate_id) WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `candidates_source_au` AFTER UPDATE OF source ON `candidates` WHEN old.source IS NOT new.source BEGIN
  UPDATE applications SET source = new.source WHERE candidate_id = new.id;
END;
--> statement-breakpoint
CREATE INDEX `applications_created_idx` ON `applications` (`created_at`,`role_id`,`reached_rank`,`submitted_at`,`candidate_id`,`source`);--> statement-breakpoint
CREATE INDEX `applications_role_created_idx` ON `applications` (`role_id`,`created_at`,`reached_rank`,`submitted_at`,`candidate_id`,`source`);--> statement-breakpoint
CREATE INDEX `applications_client_moved_idx` ON `applications` (`client_moved_at`) WHERE "applications"."client_moved_at" is not null;--> statement-breakpoint
CREATE INDEX `stage_events_stay_idx` ON `stage_events` (`to_stage`,("left_at" - "created_at") / 3600000,`created_at`) WHERE "stage_events"."left_at" is not null;
