-- An Undo leaves no stay behind either. Before, the undone move ended the stay before it and its
-- own few seconds counted as a stay of their own, so a mistaken Offer taken back at once added a
-- 0-hour stay in Offer to the time-in-stage report and cut the Client interview stay in two.
-- Now a move ends the latest stay that stands (an Undo and the move it undoes are not stays: their
-- left_at stays null, so no report reads them), and an Undo reopens the stay the undone move had
-- ended. The rest of the trigger is 0024's.
DROP TRIGGER `stage_events_reports_ai`;--> statement-breakpoint
CREATE TRIGGER `stage_events_reports_ai` AFTER INSERT ON `stage_events` BEGIN
  UPDATE stage_events SET left_at = new.created_at
  WHERE new.undoes_id IS NULL AND application_id = new.application_id AND left_at IS NULL AND id < new.id
    AND undoes_id IS NULL AND NOT EXISTS (SELECT 1 FROM stage_events x WHERE x.undoes_id = stage_events.id);
  UPDATE stage_events SET left_at = NULL
  WHERE new.undoes_id IS NOT NULL AND id = (
    SELECT max(p.id) FROM stage_events p
    WHERE p.application_id = new.application_id AND p.id < new.undoes_id AND p.undoes_id IS NULL
      AND NOT EXISTS (SELECT 1 FROM stage_events x WHERE x.undoes_id = p.id)
  );
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
--> statement-breakpoint
-- The Undos made under 0024: their stays, and the undone moves', taken out (the stays rollup's
-- triggers follow each change), and each standing stay of those applications ended by the next
-- standing move, or open if none.
UPDATE stage_events SET left_at = NULL
WHERE left_at IS NOT NULL
  AND id IN (SELECT id FROM stage_events WHERE undoes_id IS NOT NULL UNION SELECT undoes_id FROM stage_events WHERE undoes_id IS NOT NULL);--> statement-breakpoint
UPDATE stage_events SET left_at = (
  SELECT n.created_at FROM stage_events n
  WHERE n.application_id = stage_events.application_id AND n.id > stage_events.id AND n.undoes_id IS NULL
    AND NOT EXISTS (SELECT 1 FROM stage_events x WHERE x.undoes_id = n.id)
  ORDER BY n.id LIMIT 1
)
WHERE application_id IN (SELECT application_id FROM stage_events WHERE undoes_id IS NOT NULL)
  AND undoes_id IS NULL AND NOT EXISTS (SELECT 1 FROM stage_events x WHERE x.undoes_id = stage_events.id);
