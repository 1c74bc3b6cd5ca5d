CREATE TABLE `report_application_ratings` (
	`application_id` integer PRIMARY KEY NOT NULL,
	`ratings` text NOT NULL,
	`interviewers` text NOT NULL
);
--> statement-breakpoint
-- Each application's current submitted scorecards summed for the calibration report, as a view
-- computed from the scorecards: the triggers below copy an application's row of it into the table
-- whenever its scorecards change (SQLite narrows the view to that application through
-- scorecards_application_idx). A rating counts as lib/evaluation/scorecards.ts's parseRatings
-- keeps it: a known attribute rated a whole number from 1 to 4, in a well-formed JSON object
-- (anything else reads as not rated). An application without a current submitted scorecard has no row.
CREATE VIEW `report_application_ratings_now` AS
SELECT s.application_id,
  coalesce((SELECT json_group_object(key, json_array(total, n)) FROM (
    SELECT j.key key, sum(j.value) total, count(*) n FROM scorecards c, json_each(CASE WHEN json_valid(c.ratings) THEN (CASE WHEN json_type(c.ratings) = 'object' THEN c.ratings ELSE '{}' END) ELSE '{}' END) j
    WHERE c.application_id = s.application_id AND c.status = 'submitted' AND c.superseded_at IS NULL AND j.key IN ('technical_depth', 'system_design', 'ownership', 'communication', 'product_sense', 'mentorship', 'culture_fit', 'leadership', 'roadmap_alignment') AND j.type IN ('integer', 'real') AND j.value IN (1, 2, 3, 4) GROUP BY j.key)), '{}') ratings,
  coalesce((SELECT json_group_object(CAST(interviewer_id AS TEXT), json_array(total, n)) FROM (
    SELECT interviewer_id, sum(m) total, count(*) n FROM (
      SELECT c.interviewer_id, (SELECT avg(j.value) FROM json_each(CASE WHEN json_valid(c.ratings) THEN (CASE WHEN json_type(c.ratings) = 'object' THEN c.ratings ELSE '{}' END) ELSE '{}' END) j WHERE j.key IN ('technical_depth', 'system_design', 'ownership', 'communication', 'product_sense', 'mentorship', 'culture_fit', 'leadership', 'roadmap_alignment') AND j.type IN ('integer', 'real') AND j.value IN (1, 2, 3, 4)) m FROM scorecards c
      WHERE c.application_id = s.application_id AND c.status = 'submitted' AND c.superseded_at IS NULL)
    WHERE m IS NOT NULL GROUP BY interviewer_id)), '{}') interviewers
FROM scorecards s WHERE s.status = 'submitted' AND s.superseded_at IS NULL
GROUP BY s.application_id;
--> statement-breakpoint
CREATE TRIGGER `report_application_ratings_ai` AFTER INSERT ON `scorecards` BEGIN
  DELETE FROM report_application_ratings WHERE application_id = new.application_id;
  INSERT INTO report_application_ratings (application_id, ratings, interviewers) SELECT application_id, ratings, interviewers FROM report_application_ratings_now WHERE application_id = new.application_id;
END;
--> statement-breakpoint
CREATE TRIGGER `report_application_ratings_au` AFTER UPDATE OF ratings, status, superseded_at, application_id, interviewer_id ON `scorecards` BEGIN
  DELETE FROM report_application_ratings WHERE application_id = new.application_id;
  INSERT INTO report_application_ratings (application_id, ratings, interviewers) SELECT application_id, ratings, interviewers FROM report_application_ratings_now WHERE application_id = new.application_id;
  DELETE FROM report_application_ratings WHERE application_id = old.application_id AND old.application_id <> new.application_id;
  INSERT INTO report_application_ratings (application_id, ratings, interviewers) SELECT application_id, ratings, interviewers FROM report_application_ratings_now WHERE application_id = old.application_id AND old.application_id <> new.application_id;
END;
--> statement-breakpoint
CREATE TRIGGER `report_application_ratings_ad` AFTER DELETE ON `scorecards` BEGIN
  DELETE FROM report_application_ratings WHERE application_id = old.application_id;
  INSERT INTO report_application_ratings (application_id, ratings, interviewers) SELECT application_id, ratings, interviewers FROM report_application_ratings_now WHERE application_id = old.application_id;
END;
--> statement-breakpoint
-- What is already there.
INSERT INTO report_application_ratings (application_id, ratings, interviewers) SELECT application_id, ratings, interviewers FROM report_application_ratings_now;
