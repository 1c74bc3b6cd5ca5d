CREATE TABLE `applications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`candidate_id` integer NOT NULL,
	`role_id` integer NOT NULL,
	`stage` text DEFAULT 'sourced' NOT NULL,
	`stage_changed_at` integer NOT NULL,
	`submitted_at` integer,
	`rejection_reason` text,
	`rejection_note` text,
	`owner_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `applications_candidate_role_unique` ON `applications` (`candidate_id`,`role_id`);--> statement-breakpoint
CREATE INDEX `applications_role_stage_idx` ON `applications` (`role_id`,`stage`);--> statement-breakpoint
CREATE INDEX `applications_stage_candidate_idx` ON `applications` (`stage`,`candidate_id`);--> statement-breakpoint
CREATE TABLE `candidate_skills` (
	`candidate_id` integer NOT NULL,
	`skill` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`skill`, `candidate_id`),
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `candidate_skills_candidate_idx` ON `candidate_skills` (`candidate_id`);--> statement-breakpoint
CREATE TABLE `candidates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`email_normalized` text NOT NULL,
	`phone` text,
	`location` text,
	`timezone` text,
	`current_title` text,
	`years_experience` integer,
	`skills` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	`linkedin_url` text,
	`github_url` text,
	`portfolio_url` text,
	`resume_file_name` text,
	`resume_stored_name` text,
	`resume_mime_type` text,
	`resume_size` integer,
	`owner_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `candidates_email_unique` ON `candidates` (`email_normalized`);--> statement-breakpoint
CREATE INDEX `candidates_updated_idx` ON `candidates` (`updated_at`);--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`candidate_id` integer NOT NULL,
	`application_id` integer,
	`author_id` integer NOT NULL,
	`visibility` text DEFAULT 'internal' NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notes_candidate_idx` ON `notes` (`candidate_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `notes_application_idx` ON `notes` (`application_id`);--> statement-breakpoint
CREATE TABLE `roles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`title` text NOT NULL,
	`type` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`headcount` integer DEFAULT 1 NOT NULL,
	`owner_id` integer NOT NULL,
	`hiring_manager_id` integer,
	`description` text,
	`skills` text,
	`timezone_overlap` text,
	`opened_on` text,
	`last_activity_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`hiring_manager_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `roles_activity_idx` ON `roles` (`last_activity_at`);--> statement-breakpoint
CREATE INDEX `roles_client_activity_idx` ON `roles` (`client_id`,`last_activity_at`);--> statement-breakpoint
CREATE INDEX `roles_owner_idx` ON `roles` (`owner_id`);--> statement-breakpoint
CREATE TABLE `stage_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`from_stage` text,
	`to_stage` text NOT NULL,
	`actor_id` integer,
	`reason` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stage_events_application_idx` ON `stage_events` (`application_id`,`created_at`);