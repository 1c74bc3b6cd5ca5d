ALTER TABLE `stage_events` ADD `undoes_id` integer REFERENCES stage_events(id);--> statement-breakpoint
CREATE INDEX `stage_events_undoes_idx` ON `stage_events` (`undoes_id`) WHERE "stage_events"."undoes_id" is not null;--> statement-breakpoint
-- An Undo (a stage event with undoes_id) takes its move back from what the reports and the home
-- read: the furthest stage reached and the client's latest move are recomputed from the moves
-- that stand (neither an Undo nor undone). Before, a hiring manager's Offer taken back at once
-- still counted as reached in the funnel, and the recruiter's home listed it as the client's move.
DROP TRIGGER `stage_events_reports_ai`;--> statement-breakpoint
CREATE TRIGGER `stage_events_reports_ai` AFTER INSERT ON `stage_events` BEGIN
  UPDATE stage_events SET left_at = new.created_at
  WHERE application_id = new.application_id AND left_at IS NULL AND id < new.id;
  UPDATE applications SET reached_rank = max(reached_rank, CASE new.to_stage
      WHEN 'screening' THEN 1 WHEN 'interviewing' THEN 2 WHEN 'submitted' THEN 3 WHEN 'client_interview' THEN 4
      WHEN 'offer' THEN 5 WHEN 'trial' THEN 6 WHEN 'hired' THEN 7 ELSE 0 END)
  WHERE id = new.application_id AND new.undoes_id IS NULL;
  UPDATE applications SET client_moved_at = new.created_at
  WHERE id = new.application_id AND new.undoes_id IS NULL
    AND new.to_stage IN ('client_interview', 'offer', 'rejected')
    AND EXISTS (SELECT 1 FROM users u WHERE u.id = new.actor_id AND u.kind IN ('hiring_manager', 'client_viewer'));
  UPDATE applications SET
    reached_rank = coalesce((
      SELECT max(CASE e.to_stage
        WHEN 'screening' THEN 1 WHEN 'interviewing' THEN 2 WHEN 'submitted' THEN 3 WHEN 'client_interview' THEN 4
        WHEN 'offer' THEN 5 WHEN 'trial' THEN 6 WHEN 'hired' THEN 7 ELSE 0 END)
      FROM stage_events e
      WHERE e.application_id = new.application_id AND e.undoes_id IS NULL
        AND NOT EXISTS (SELECT 1 FROM stage_events x WHERE x.undoes_id = e.id)
    ), 0),
    client_moved_at = (
      SELECT max(e.created_at) FROM stage_events e JOIN users u ON u.id = e.actor_id
      WHERE e.application_id = new.application_id AND e.undoes_id IS NULL
        AND e.to_stage IN ('client_interview', 'offer', 'rejected') AND u.kind IN ('hiring_manager', 'client_viewer')
        AND NOT EXISTS (SELECT 1 FROM stage_events x WHERE x.undoes_id = e.id)
    )
  WHERE id = new.application_id AND new.undoes_id IS NOT NULL;
END;
