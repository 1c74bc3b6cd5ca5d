ALTER TABLE `applications` ADD `role_owner_id` integer;--> statement-breakpoint
ALTER TABLE `applications` ADD `role_status` text;--> statement-breakpoint
-- Each application carries its role's owner and status, so a recruiter's open pipeline is read
-- from one index (applications_owner_stage_idx) instead of a seek per role they own. Kept by the
-- triggers below in the transaction of every write: a new application, a role changing hands or
-- status (the app's commands, the seeds, a fix in the shell alike).
UPDATE applications SET
  role_owner_id = (SELECT owner_id FROM roles WHERE id = applications.role_id),
  role_status = (SELECT status FROM roles WHERE id = applications.role_id);
--> statement-breakpoint
CREATE INDEX `applications_owner_stage_idx` ON `applications` (`role_owner_id`,`role_status`,`stage`,`stage_changed_at`);--> statement-breakpoint
-- One update per new application for everything copied onto it (0011 copied the source alone).
DROP TRIGGER `applications_source_ai`;--> statement-breakpoint
CREATE TRIGGER `applications_copies_ai` AFTER INSERT ON `applications` BEGIN
  UPDATE applications SET
    source = (SELECT source FROM candidates WHERE id = new.candidate_id),
    role_owner_id = (SELECT owner_id FROM roles WHERE id = new.role_id),
    role_status = (SELECT status FROM roles WHERE id = new.role_id)
  WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `applications_role_au` AFTER UPDATE OF role_id ON `applications` WHEN old.role_id IS NOT new.role_id BEGIN
  UPDATE applications SET
    role_owner_id = (SELECT owner_id FROM roles WHERE id = new.role_id),
    role_status = (SELECT status FROM roles WHERE id = new.role_id)
  WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `roles_owner_status_au` AFTER UPDATE OF owner_id, status ON `roles` WHEN old.owner_id IS NOT new.owner_id OR old.status IS NOT new.status BEGIN
  UPDATE applications SET role_owner_id = new.owner_id, role_status = new.status WHERE role_id = new.id;
END;
