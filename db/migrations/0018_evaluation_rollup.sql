ALTER TABLE `report_application_ratings` ADD `scorecards` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `report_application_ratings` ADD `recommendations` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `report_application_ratings` ADD `red_flags` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- The comparison of a role's candidates reads the same rollup, so it also keeps how many scorecards
-- there are, their recommendations (`{ recommendation: count }`) and the red flags ticked on them
-- (the text entries of each scorecard's JSON array, as parseFlags counts them). The view and its
-- triggers are those of 0014 with the three columns added.
DROP TRIGGER `report_application_ratings_ai`;
--> statement-breakpoint
DROP TRIGGER `report_application_ratings_au`;
--> statement-breakpoint
DROP TRIGGER `report_application_ratings_ad`;
--> statement-breakpoint
DROP VIEW `report_application_ratings_now`;
--> statement-breakpoint
CREATE VIEW `report_application_ratings_now` AS
SELECT s.application_id,
  coalesce((SELECT json_group_object(key, json_array(total, n)) FROM (
    SELECT j.key key, sum(j.value) total, count(*) n FROM scorecards c, json_each(CASE WHEN json_valid(c.ratings) THEN (CASE WHEN json_type(c.ratings) = 'object' THEN c.ratings ELSE '{}' END) ELSE '{}' END) j
    WHERE c.application_id = s.application_id AND c.status = 'submitted' AND c.superseded_at IS NULL AND j.key IN ('technical_depth', 'system_design', 'ownership', 'communication', 'product_sense', 'mentorship', 'culture_fit', 'leadership', 'roadmap_alignment') AND j.type IN ('integer', 'real') AND j.value IN (1, 2, 3, 4) GROUP BY j.key)), '{}') ratings,
  coalesce((SELECT json_group_object(CAST(interviewer_id AS TEXT), json_array(total, n)) FROM (
    SELECT interviewer_id, sum(m) total, count(*) n FROM (
      SELECT c.interviewer_id, (SELECT avg(j.value) FROM json_each(CASE WHEN json_valid(c.ratings) THEN (CASE WHEN json_type(c.ratings) = 'object' THEN c.ratings ELSE '{}' END) ELSE '{}' END) j WHERE j.key IN ('technical_depth', 'system_design', 'ownership', 'communication', 'product_sense', 'mentorship', 'culture_fit', 'leadership', 'roadmap_alignment') AND j.type IN ('integer', 'real') AND j.value IN (1, 2, 3, 4)) m FROM scorecards c
      WHERE c.application_id = s.application_id AND c.status = 'submitted' AND c.superseded_at IS NULL)
    WHERE m IS NOT NULL GROUP BY interviewer_id)), '{}') interviewers,
  count(*) scorecards,
  coalesce((SELECT json_group_object(recommendation, n) FROM (
    SELECT c.recommendation, count(*) n FROM scorecards c
    WHERE c.application_id = s.application_id AND c.status = 'submitted' AND c.superseded_at IS NULL AND c.recommendation IS NOT NULL GROUP BY c.recommendation)), '{}') recommendations,
  sum((SELECT count(*) FROM json_each(CASE WHEN json_valid(s.red_flags) THEN (CASE WHEN json_type(s.red_flags) = 'array' THEN s.red_flags ELSE '[]' END) ELSE '[]' END) j WHERE j.type = 'text')) red_flags
FROM scorecards s WHERE s.status = 'submitted' AND s.superseded_at IS NULL
GROUP BY s.application_id;
--> statement-breakpoint
CREATE TRIGGER `report_application_ratings_ai` AFTER INSERT ON `scorecards` BEGIN
  DELETE FROM report_application_ratings WHERE application_id = new.application_id;
  INSERT INTO report_application_ratings (application_id, ratings, interviewers, scorecards, recommendations, red_flags) SELECT application_id, ratings, interviewers, scorecards, recommendations, red_flags FROM report_application_ratings_now WHERE application_id = new.application_id;
END;
--> statement-breakpoint
CREATE TRIGGER `report_application_ratings_au` AFTER UPDATE OF ratings, status, superseded_at, application_id, interviewer_id, recommendation, red_flags ON `scorecards` BEGIN
  DELETE FROM report_application_ratings WHERE application_id = new.application_id;
  INSERT INTO report_application_ratings (application_id, ratings, interviewers, scorecards, recommendations, red_flags) SELECT application_id, ratings, interviewers, scorecards, recommendations, red_flags FROM report_application_ratings_now WHERE application_id = new.application_id;
  DELETE FROM report_application_ratings WHERE application_id = old.application_id AND old.application_id <> new.application_id;
  INSERT INTO report_application_ratings (application_id, ratings, interviewers, scorecards, recommendations, red_flags) SELECT application_id, ratings, interviewers, scorecards, recommendations, red_flags FROM report_application_ratings_now WHERE application_id = old.application_id AND old.application_id <> new.application_id;
END;
--> statement-breakpoint
CREATE TRIGGER `report_application_ratings_ad` AFTER DELETE ON `scorecards` BEGIN
  DELETE FROM report_application_ratings WHERE application_id = old.application_id;
  INSERT INTO report_application_ratings (application_id, ratings, interviewers, scorecards, recommendations, red_flags) SELECT application_id, ratings, interviewers, scorecards, recommendations, red_flags FROM report_application_ratings_now WHERE application_id = old.application_id;
END;
--> statement-breakpoint
-- What is already there.
DELETE FROM report_application_ratings;
--> statement-breakpoint
INSERT INTO report_application_ratings (application_id, ratings, interviewers, scorecards, recommendations, red_flags) SELECT application_id, ratings, interviewers, scorecards, recommendations, red_flags FROM report_application_ratings_now;
