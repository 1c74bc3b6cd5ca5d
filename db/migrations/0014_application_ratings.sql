CREATE TABLE `report_application_ratings` (
	`application_id` integer PRIMARY KEY NOT NULL,
	`ratings` text NOT NULL,
	`interviewers` text NOT NULL
);
--> statement-breakpoint
-- Each application's current submitted scorecards summed for the calibration report. A rating counts
-- as lib/evaluation/scorecards.ts's parseRatings keeps it: a known attribute rated a whole number
-- from 1 to 4, in a well-formed JSON object (anything else reads as not rated). Any change to an
-- application's scorecards recomputes its row from them; an application without a current
-- submitted scorecard has none.
CREATE TRIGGER `report_application_ratings_ai` AFTER INSERT ON `scorecards` BEGIN
  DELETE FROM report_application_ratings WHERE application_id = new.application_id;
  INSERT INTO report_application_ratings (application_id, ratings, interviewers)
  SELECT new.application_id,
    coalesce((SELECT json_group_object(key, json_array(total, n)) FROM (
      SELECT j.key key, sum(j.value) total, count(*) n FROM scorecards s, json_each(CASE WHEN json_valid(s.ratings) THEN (CASE WHEN json_type(s.ratings) = 'object' THEN s.ratings ELSE '{}' END) ELSE '{}' END) j
      WHERE s.application_id = new.application_id AND s.status = 'submitted' AND s.superseded_at IS NULL AND j.key IN ('technical_depth', 'system_design', 'ownership', 'communication', 'product_sense', 'mentorship', 'culture_fit', 'leadership', 'roadmap_alignment') AND j.type IN ('integer', 'real') AND j.value IN (1, 2, 3, 4) GROUP BY j.key)), '{}'),
    coalesce((SELECT json_group_object(CAST(interviewer_id AS TEXT), json_array(total, n)) FROM (
      SELECT interviewer_id, sum(m) total, count(*) n FROM (
        SELECT s.interviewer_id, (SELECT avg(j.value) FROM json_each(CASE WHEN json_valid(s.ratings) THEN (CASE WHEN json_type(s.ratings) = 'object' THEN s.ratings ELSE '{}' END) ELSE '{}' END) j WHERE j.key IN ('technical_depth', 'system_design', 'ownership', 'communication', 'product_sense', 'mentorship', 'culture_fit', 'leadership', 'roadmap_alignment') AND j.type IN ('integer', 'real') AND j.value IN (1, 2, 3, 4)) m FROM scorecards s
        WHERE s.application_id = new.application_id AND s.status = 'submitted' AND s.superseded_at IS NULL)
      WHERE m IS NOT NULL GROUP BY interviewer_id)), '{}')
  WHERE EXISTS (SELECT 1 FROM scorecards s WHERE s.application_id = new.application_id AND s.status = 'submitted' AND s.superseded_at IS NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `report_application_ratings_au` AFTER UPDATE OF ratings, status, superseded_at, application_id, interviewer_id ON `scorecards` BEGIN
  DELETE FROM report_application_ratings WHERE application_id = old.application_id;
  INSERT INTO report_application_ratings (application_id, ratings, interviewers)
  SELECT old.application_id,
    coalesce((SELECT json_group_object(key, json_array(total, n)) FROM (
      SELECT j.key key, sum(j.value) total, count(*) n FROM scorecards s, json_each(CASE WHEN json_valid(s.ratings) THEN (CASE WHEN json_type(s.ratings) = 'object' THEN s.ratings ELSE '{}' END) ELSE '{}' END) j
      WHERE s.application_id = old.application_id AND s.status = 'submitted' AND s.superseded_at IS NULL AND j.key IN ('technical_depth', 'system_design', 'ownership', 'communication', 'product_sense', 'mentorship', 'culture_fit', 'leadership', 'roadmap_alignment') AND j.type IN ('integer', 'real') AND j.value IN (1, 2, 3, 4) GROUP BY j.key)), '{}'),
    coalesce((SELECT json_group_object(CAST(interviewer_id AS TEXT), json_array(total, n)) FROM (
      SELECT interviewer_id, sum(m) total, count(*) n FROM (
        SELECT s.interviewer_id, (SELECT avg(j.value) FROM json_each(CASE WHEN json_valid(s.ratings) THEN (CASE WHEN json_type(s.ratings) = 'object' THEN s.ratings ELSE '{}' END) ELSE '{}' END) j WHERE j.key IN ('technical_depth', 'system_design', 'ownership', 'communication', 'product_sense', 'mentorship', 'culture_fit', 'leadership', 'roadmap_alignment') AND j.type IN ('integer', 'real') AND j.value IN (1, 2, 3, 4)) m FROM scorecards s
        WHERE s.application_id = old.application_id AND s.status = 'submitted' AND s.superseded_at IS NULL)
      WHERE m IS NOT NULL GROUP BY interviewer_id)), '{}')
  WHERE EXISTS (SELECT 1 FROM scorecards s WHERE s.application_id = old.application_id AND s.status = 'submitted' AND s.superseded_at IS NULL);
  DELETE FROM report_application_ratings WHERE application_id = new.application_id;
  INSERT INTO report_application_ratings (application_id, ratings, interviewers)
  SELECT new.application_id,
    coalesce((SELECT json_group_object(key, json_array(total, n)) FROM (
      SELECT j.key key, sum(j.value) total, count(*) n FROM scorecards s, json_each(CASE WHEN json_valid(s.ratings) THEN (CASE WHEN json_type(s.ratings) = 'object' THEN s.ratings ELSE '{}' END) ELSE '{}' END) j
      WHERE s.application_id = new.application_id AND s.status = 'submitted' AND s.superseded_at IS NULL AND j.key IN ('technical_depth', 'system_design', 'ownership', 'communication', 'product_sense', 'mentorship', 'culture_fit', 'leadership', 'roadmap_alignment') AND j.type IN ('integer', 'real') AND j.value IN (1, 2, 3, 4) GROUP BY j.key)), '{}'),
    coalesce((SELECT json_group_object(CAST(interviewer_id AS TEXT), json_array(total, n)) FROM (
      SELECT interviewer_id, sum(m) total, count(*) n FROM (
        SELECT s.interviewer_id, (SELECT avg(j.value) FROM json_each(CASE WHEN json_valid(s.ratings) THEN (CASE WHEN json_type(s.ratings) = 'object' THEN s.ratings ELSE '{}' END) ELSE '{}' END) j WHERE j.key IN ('technical_depth', 'system_design', 'ownership', 'communication', 'product_sense', 'mentorship', 'culture_fit', 'leadership', 'roadmap_alignment') AND j.type IN ('integer', 'real') AND j.value IN (1, 2, 3, 4)) m FROM scorecards s
        WHERE s.application_id = new.application_id AND s.status = 'submitted' AND s.superseded_at IS NULL)
      WHERE m IS NOT NULL GROUP BY interviewer_id)), '{}')
  WHERE EXISTS (SELECT 1 FROM scorecards s WHERE s.application_id = new.application_id AND s.status = 'submitted' AND s.superseded_at IS NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `report_application_ratings_ad` AFTER DELETE ON `scorecards` BEGIN
  DELETE FROM report_application_ratings WHERE application_id = old.application_id;
  INSERT INTO report_application_ratings (application_id, ratings, interviewers)
  SELECT old.application_id,
    coalesce((SELECT json_group_object(key, json_array(total, n)) FROM (
      SELECT j.key key, sum(j.value) total, count(*) n FROM scorecards s, json_each(CASE WHEN json_valid(s.ratings) THEN (CASE WHEN json_type(s.ratings) = 'object' THEN s.ratings ELSE '{}' END) ELSE '{}' END) j
      WHERE s.application_id = old.application_id AND s.status = 'submitted' AND s.superseded_at IS NULL AND j.key IN ('technical_depth', 'system_design', 'ownership', 'communication', 'product_sense', 'mentorship', 'culture_fit', 'leadership', 'roadmap_alignment') AND j.type IN ('integer', 'real') AND j.value IN (1, 2, 3, 4) GROUP BY j.key)), '{}'),
    coalesce((SELECT json_group_object(CAST(interviewer_id AS TEXT), json_array(total, n)) FROM (
      SELECT interviewer_id, sum(m) total, count(*) n FROM (
        SELECT s.interviewer_id, (SELECT avg(j.value) FROM json_each(CASE WHEN json_valid(s.ratings) THEN (CASE WHEN json_type(s.ratings) = 'object' THEN s.ratings ELSE '{}' END) ELSE '{}' END) j WHERE j.key IN ('technical_depth', 'system_design', 'ownership', 'communication', 'product_sense', 'mentorship', 'culture_fit', 'leadership', 'roadmap_alignment') AND j.type IN ('integer', 'real') AND j.value IN (1, 2, 3, 4)) m FROM scorecards s
        WHERE s.application_id = old.application_id AND s.status = 'submitted' AND s.superseded_at IS NULL)
      WHERE m IS NOT NULL GROUP BY interviewer_id)), '{}')
  WHERE EXISTS (SELECT 1 FROM scorecards s WHERE s.application_id = old.application_id AND s.status = 'submitted' AND s.superseded_at IS NULL);
END;
--> statement-breakpoint
-- What is already there.
INSERT INTO report_application_ratings (application_id, ratings, interviewers)
WITH cards AS (SELECT s.application_id a, s.interviewer_id i, s.ratings ratings FROM scorecards s WHERE s.status = 'submitted' AND s.superseded_at IS NULL),
attrs AS (
  SELECT a, json_group_object(key, json_array(total, n)) o FROM (
    SELECT c.a, j.key key, sum(j.value) total, count(*) n FROM cards c, json_each(CASE WHEN json_valid(c.ratings) THEN (CASE WHEN json_type(c.ratings) = 'object' THEN c.ratings ELSE '{}' END) ELSE '{}' END) j WHERE j.key IN ('technical_depth', 'system_design', 'ownership', 'communication', 'product_sense', 'mentorship', 'culture_fit', 'leadership', 'roadmap_alignment') AND j.type IN ('integer', 'real') AND j.value IN (1, 2, 3, 4) GROUP BY c.a, j.key)
  GROUP BY a),
people AS (
  SELECT a, json_group_object(CAST(i AS TEXT), json_array(total, n)) o FROM (
    SELECT a, i, sum(m) total, count(*) n FROM (
      SELECT c.a, c.i, (SELECT avg(j.value) FROM json_each(CASE WHEN json_valid(c.ratings) THEN (CASE WHEN json_type(c.ratings) = 'object' THEN c.ratings ELSE '{}' END) ELSE '{}' END) j WHERE j.key IN ('technical_depth', 'system_design', 'ownership', 'communication', 'product_sense', 'mentorship', 'culture_fit', 'leadership', 'roadmap_alignment') AND j.type IN ('integer', 'real') AND j.value IN (1, 2, 3, 4)) m FROM cards c)
    WHERE m IS NOT NULL GROUP BY a, i)
  GROUP BY a)
SELECT apps.a, coalesce(attrs.o, '{}'), coalesce(people.o, '{}')
FROM (SELECT DISTINCT a FROM cards) apps LEFT JOIN attrs ON attrs.a = apps.a LEFT JOIN people ON people.a = apps.a;
