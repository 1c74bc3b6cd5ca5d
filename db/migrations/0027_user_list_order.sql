DROP INDEX `organizations_kind_idx`;--> statement-breakpoint
CREATE INDEX `organizations_kind_name_idx` ON `organizations` (`kind`,"name" collate nocase);--> statement-breakpoint
DROP INDEX `users_organization_idx`;--> statement-breakpoint
CREATE INDEX `users_organization_name_idx` ON `users` (`organization_id`,"name" collate nocase);