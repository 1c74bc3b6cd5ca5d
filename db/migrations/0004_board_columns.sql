DROP INDEX `applications_role_stage_idx`;--> statement-breakpoint
CREATE INDEX `applications_role_stage_changed_idx` ON `applications` (`role_id`,`stage`,`stage_changed_at`);