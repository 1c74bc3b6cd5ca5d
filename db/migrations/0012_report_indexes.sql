DROP INDEX `stage_events_stay_idx`;--> statement-breakpoint
CREATE INDEX `stage_events_stay_idx` ON `stage_events` (`to_stage`,("left_at" - "created_at") / 3600000,`created_at`,`left_at`) WHERE "stage_events"."left_at" is not null;--> statement-breakpoint
CREATE INDEX `applications_source_idx` ON `applications` (`source`,`candidate_id`,`created_at`,`reached_rank`,`role_id`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `applications_submit_hours_idx` ON `applications` (("submitted_at" - "created_at") / 3600000,`created_at`,`submitted_at`) WHERE "applications"."submitted_at" is not null;--> statement-breakpoint
CREATE INDEX `applications_hired_idx` ON `applications` (`created_at`,`role_id`) WHERE "applications"."reached_rank" = 7;