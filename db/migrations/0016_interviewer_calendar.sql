ALTER TABLE `interviewers` ADD `application_id` integer;--> statement-breakpoint
ALTER TABLE `interviewers` ADD `status` text;--> statement-breakpoint
ALTER TABLE `interviewers` ADD `starts_at` integer;--> statement-breakpoint
ALTER TABLE `interviewers` ADD `ends_at` integer;--> statement-breakpoint
ALTER TABLE `interviewers` ADD `scorecard_submitted` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Each interviewer row carries its interview's application, status and times, and whether this
-- interviewer has submitted their scorecard for it: an interviewer's calendar and what they owe
-- (the blind rule included) are ranges of their own index entries, not a walk through every
-- interview they ever held. Kept by the triggers below in the transaction of every write.
UPDATE interviewers SET
  application_id = (SELECT application_id FROM interviews WHERE id = interviewers.interview_id),
  status = (SELECT status FROM interviews WHERE id = interviewers.interview_id),
  starts_at = (SELECT starts_at FROM interviews WHERE id = interviewers.interview_id),
  ends_at = (SELECT starts_at + duration_minutes * 60000 FROM interviews WHERE id = interviewers.interview_id),
  scorecard_submitted = EXISTS (SELECT 1 FROM scorecards s WHERE s.interview_id = interviewers.interview_id AND s.interviewer_id = interviewers.user_id AND s.status = 'submitted');
--> statement-breakpoint
CREATE INDEX `interviewers_owed_idx` ON `interviewers` (`user_id`,`scorecard_submitted`,`status`,`ends_at`,`interview_id`,`application_id`);--> statement-breakpoint
CREATE INDEX `interviewers_calendar_idx` ON `interviewers` (`user_id`,`status`,`starts_at`,`interview_id`,`ends_at`);--> statement-breakpoint
CREATE TRIGGER `interviewers_copies_ai` AFTER INSERT ON `interviewers` BEGIN
  UPDATE interviewers SET
    application_id = (SELECT application_id FROM interviews WHERE id = new.interview_id),
    status = (SELECT status FROM interviews WHERE id = new.interview_id),
    starts_at = (SELECT starts_at FROM interviews WHERE id = new.interview_id),
    ends_at = (SELECT starts_at + duration_minutes * 60000 FROM interviews WHERE id = new.interview_id),
    scorecard_submitted = EXISTS (SELECT 1 FROM scorecards s WHERE s.interview_id = new.interview_id AND s.interviewer_id = new.user_id AND s.status = 'submitted')
  WHERE interview_id = new.interview_id AND user_id = new.user_id;
END;
--> statement-breakpoint
CREATE TRIGGER `interviews_calendar_au` AFTER UPDATE OF application_id, status, starts_at, duration_minutes ON `interviews` BEGIN
  UPDATE interviewers SET
    application_id = new.application_id,
    status = new.status,
    starts_at = new.starts_at,
    ends_at = new.starts_at + new.duration_minutes * 60000
  WHERE interview_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `scorecards_submitted_ai` AFTER INSERT ON `scorecards` WHEN new.status = 'submitted' BEGIN
  UPDATE interviewers SET scorecard_submitted = 1 WHERE interview_id = new.interview_id AND user_id = new.interviewer_id;
END;
--> statement-breakpoint
CREATE TRIGGER `scorecards_submitted_au` AFTER UPDATE OF status, interview_id, interviewer_id ON `scorecards` BEGIN
  UPDATE interviewers SET scorecard_submitted = EXISTS (SELECT 1 FROM scorecards s WHERE s.interview_id = interviewers.interview_id AND s.interviewer_id = interviewers.user_id AND s.status = 'submitted')
  WHERE (interview_id = new.interview_id AND user_id = new.interviewer_id) OR (interview_id = old.interview_id AND user_id = old.interviewer_id);
END;
--> statement-breakpoint
CREATE TRIGGER `scorecards_submitted_ad` AFTER DELETE ON `scorecards` WHEN old.status = 'submitted' BEGIN
  UPDATE interviewers SET scorecard_submitted = EXISTS (SELECT 1 FROM scorecards s WHERE s.interview_id = old.interview_id AND s.interviewer_id = old.interviewer_id AND s.status = 'submitted')
  WHERE interview_id = old.interview_id AND user_id = old.interviewer_id;
END;
