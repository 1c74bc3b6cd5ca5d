-- The roles list's search (every word typed, inside the role's title or its client's name) reads a
-- trigram full-text index instead of testing every role in the viewer's scope: any part of a word
-- of three letters or more is found through the index, in either case and with or without accents.
-- It holds its own copy of each role's title and client name (its rowid is the role's id), kept
-- by triggers on roles and on the client's rename, in the transaction of the change.
CREATE VIRTUAL TABLE `roles_fts` USING fts5(title, client_name, tokenize = 'trigram remove_diacritics 1');
--> statement-breakpoint
CREATE TRIGGER `roles_fts_ai` AFTER INSERT ON `roles` BEGIN
  INSERT INTO roles_fts (rowid, title, client_name) SELECT new.id, new.title, o.name FROM organizations o WHERE o.id = new.client_id;
END;
--> statement-breakpoint
CREATE TRIGGER `roles_fts_ad` AFTER DELETE ON `roles` BEGIN
  DELETE FROM roles_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `roles_fts_au` AFTER UPDATE OF title, client_id ON `roles` BEGIN
  DELETE FROM roles_fts WHERE rowid = old.id;
  INSERT INTO roles_fts (rowid, title, client_name) SELECT new.id, new.title, o.name FROM organizations o WHERE o.id = new.client_id;
END;
--> statement-breakpoint
CREATE TRIGGER `roles_fts_client_au` AFTER UPDATE OF name ON `organizations` WHEN old.name IS NOT new.name BEGIN
  UPDATE roles_fts SET client_name = new.name WHERE rowid IN (SELECT id FROM roles WHERE client_id = new.id);
END;
--> statement-breakpoint
INSERT INTO roles_fts (rowid, title, client_name) SELECT r.id, r.title, o.name FROM roles r JOIN organizations o ON o.id = r.client_id;
