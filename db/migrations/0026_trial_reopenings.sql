CREATE TABLE `trial_reopenings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trial_id` integer NOT NULL,
	`outcome` text NOT NULL,
	`end_reason` text,
	`decision_note` text,
	`decided_at` integer,
	`decided_by_id` integer,
	`reason` text NOT NULL,
	`actor_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`trial_id`) REFERENCES `trials`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `trial_reopenings_trial_idx` ON `trial_reopenings` (`trial_id`);