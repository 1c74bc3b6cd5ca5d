CREATE TABLE `checklist_ticks` (
	`application_id` integer NOT NULL,
	`item` text NOT NULL,
	`evidence` text NOT NULL,
	`ticked_by_id` integer,
	`ticked_at` integer NOT NULL,
	PRIMARY KEY(`application_id`, `item`),
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ticked_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `evaluation_templates` (
	`role_type` text PRIMARY KEY NOT NULL,
	`plan` text NOT NULL,
	`weights` text NOT NULL,
	`checklist` text NOT NULL,
	`red_flags` text NOT NULL,
	`updated_by_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `interview_kits` (
	`kind` text PRIMARY KEY NOT NULL,
	`attributes` text NOT NULL,
	`prompts` text NOT NULL,
	`updated_by_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `references` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`name` text NOT NULL,
	`relationship` text NOT NULL,
	`company` text,
	`email` text,
	`phone` text,
	`answers` text DEFAULT '[]' NOT NULL,
	`notes` text,
	`outcome` text,
	`completed_at` integer,
	`created_by_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `references_application_idx` ON `references` (`application_id`);--> statement-breakpoint
CREATE TABLE `role_loops` (
	`role_id` integer PRIMARY KEY NOT NULL,
	`plan` text NOT NULL,
	`weights` text NOT NULL,
	`checklist` text NOT NULL,
	`updated_by_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `interviewers` (
	`interview_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`interview_id`, `user_id`),
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `interviewers_user_idx` ON `interviewers` (`user_id`,`interview_id`);--> statement-breakpoint
CREATE TABLE `interviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`kind` text NOT NULL,
	`starts_at` integer NOT NULL,
	`duration_minutes` integer NOT NULL,
	`location` text,
	`status` text DEFAULT 'scheduled' NOT NULL,
	`created_by_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `interviews_application_idx` ON `interviews` (`application_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `scorecards` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`interview_id` integer NOT NULL,
	`application_id` integer NOT NULL,
	`interviewer_id` integer NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`ratings` text DEFAULT '{}' NOT NULL,
	`red_flags` text DEFAULT '[]' NOT NULL,
	`notes` text,
	`recommendation` text,
	`submitted_at` integer,
	`superseded_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`interviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scorecards_interview_interviewer_revision_unique` ON `scorecards` (`interview_id`,`interviewer_id`,`revision`);--> statement-breakpoint
CREATE INDEX `scorecards_application_idx` ON `scorecards` (`application_id`,`status`);--> statement-breakpoint
CREATE INDEX `scorecards_interviewer_idx` ON `scorecards` (`interviewer_id`,`status`);