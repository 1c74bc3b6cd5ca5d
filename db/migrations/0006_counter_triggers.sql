-- Keeps `counters` equal to the count(*) it stands for, inside the transaction that changes the
-- rows (see db/schema/counters.ts). Each trigger adds a signed delta through one upsert.
CREATE TRIGGER `counters_candidates_ai` AFTER INSERT ON `candidates` BEGIN
  INSERT INTO counters (name, value) VALUES ('candidates', 1) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `counters_candidates_ad` AFTER DELETE ON `candidates` BEGIN
  INSERT INTO counters (name, value) VALUES ('candidates', -1) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `counters_applications_ai` AFTER INSERT ON `applications` BEGIN
  INSERT INTO counters (name, value) VALUES ('applications:' || new.stage, 1) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `counters_applications_ad` AFTER DELETE ON `applications` BEGIN
  INSERT INTO counters (name, value) VALUES ('applications:' || old.stage, -1) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `counters_applications_au` AFTER UPDATE OF stage ON `applications` WHEN old.stage IS NOT new.stage BEGIN
  INSERT INTO counters (name, value) VALUES ('applications:' || old.stage, -1) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
  INSERT INTO counters (name, value) VALUES ('applications:' || new.stage, 1) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `counters_roles_ai` AFTER INSERT ON `roles` BEGIN
  INSERT INTO counters (name, value) VALUES ('roles:' || new.status, 1) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `counters_roles_ad` AFTER DELETE ON `roles` BEGIN
  INSERT INTO counters (name, value) VALUES ('roles:' || old.status, -1) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `counters_roles_au` AFTER UPDATE OF status ON `roles` WHEN old.status IS NOT new.status BEGIN
  INSERT INTO counters (name, value) VALUES ('roles:' || old.status, -1) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
  INSERT INTO counters (name, value) VALUES ('roles:' || new.status, 1) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `counters_clients_ai` AFTER INSERT ON `organizations` WHEN new.kind = 'client' BEGIN
  INSERT INTO counters (name, value) VALUES ('clients', 1) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `counters_clients_ad` AFTER DELETE ON `organizations` WHEN old.kind = 'client' BEGIN
  INSERT INTO counters (name, value) VALUES ('clients', -1) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `counters_clients_au` AFTER UPDATE OF kind ON `organizations` WHEN old.kind IS NOT new.kind BEGIN
  INSERT INTO counters (name, value) VALUES ('clients', (new.kind = 'client') - (old.kind = 'client')) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `counters_users_ai` AFTER INSERT ON `users` WHEN new.active <> 0 BEGIN
  INSERT INTO counters (name, value) VALUES ('users:active', 1) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `counters_users_ad` AFTER DELETE ON `users` WHEN old.active <> 0 BEGIN
  INSERT INTO counters (name, value) VALUES ('users:active', -1) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `counters_users_au` AFTER UPDATE OF active ON `users` WHEN (old.active <> 0) IS NOT (new.active <> 0) BEGIN
  INSERT INTO counters (name, value) VALUES ('users:active', (new.active <> 0) - (old.active <> 0)) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
-- Backfill from the rows already there (a database migrated from before this table existed).
DELETE FROM counters;
--> statement-breakpoint
INSERT INTO counters (name, value) SELECT 'candidates', count(*) FROM candidates;
--> statement-breakpoint
INSERT INTO counters (name, value) SELECT 'applications:' || stage, count(*) FROM applications GROUP BY stage;
--> statement-breakpoint
INSERT INTO counters (name, value) SELECT 'roles:' || status, count(*) FROM roles GROUP BY status;
--> statement-breakpoint
INSERT INTO counters (name, value) SELECT 'clients', count(*) FROM organizations WHERE kind = 'client';
--> statement-breakpoint
INSERT INTO counters (name, value) SELECT 'users:active', count(*) FROM users WHERE active <> 0;
