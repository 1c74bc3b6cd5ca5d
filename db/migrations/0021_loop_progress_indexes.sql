DROP INDEX `interviews_application_idx`;--> statement-breakpoint
CREATE INDEX `interviews_application_status_idx` ON `interviews` (`application_id`,`status`,`starts_at`);--> statement-breakpoint
CREATE INDEX `interviewers_application_due_idx` ON `interviewers` (`application_id`,`scorecard_submitted`,`status`,`ends_at`);