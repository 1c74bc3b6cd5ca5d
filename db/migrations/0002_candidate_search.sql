-- Full-text search over candidates (name, email, current title, skills) with prefix indexes,
-- kept in step with the candidates table by triggers.
CREATE VIRTUAL TABLE `candidates_fts` USING fts5(
  name, email, current_title, skills,
  content='candidates', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2',
  prefix='2 3'
);
--> statement-breakpoint
CREATE TRIGGER `candidates_fts_ai` AFTER INSERT ON `candidates` BEGIN
  INSERT INTO candidates_fts(rowid, name, email, current_title, skills)
  VALUES (new.id, new.name, new.email, new.current_title, new.skills);
END;
--> statement-breakpoint
CREATE TRIGGER `candidates_fts_ad` AFTER DELETE ON `candidates` BEGIN
  INSERT INTO candidates_fts(candidates_fts, rowid, name, email, current_title, skills)
  VALUES ('delete', old.id, old.name, old.email, old.current_title, old.skills);
END;
--> statement-breakpoint
CREATE TRIGGER `candidates_fts_au` AFTER UPDATE OF name, email, current_title, skills ON `candidates` BEGIN
  INSERT INTO candidates_fts(candidates_fts, rowid, name, email, current_title, skills)
  VALUES ('delete', old.id, old.name, old.email, old.current_title, old.skills);
  INSERT INTO candidates_fts(rowid, name, email, current_title, skills)
  VALUES (new.id, new.name, new.email, new.current_title, new.skills);
END;
