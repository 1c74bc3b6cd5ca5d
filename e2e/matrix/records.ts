import { randomBytes } from "node:crypto";
import type Database from "better-sqlite3";
import type { Owner } from "./users";

// The records the matrix asks for, found in the demo database the e2e server uses: for each kind
// of record, one belonging to the agency alone (before submission), one of company A (Northwind
// Labs) and one of company B (Acme Robotics). Then unique marker strings are written into the
// text of records some viewers must not see; a page that shows one of them to such a viewer leaks.

export type RecordKind = "role" | "candidate" | "application" | "interview" | "trial" | "client" | "resume" | "report" | "scorecard" | "token";
export type Records = Record<RecordKind, Partial<Record<Owner, string>>>;

/** A seeded string, and the companies whose people may see it (the agency always may). */
export type Marker = { text: string; what: string; visibleTo: Owner[] };

const one = <T>(db: Database.Database, sql: string, ...args: unknown[]): T => {
  const row = db.prepare(sql).get(...args) as T | undefined;
  if (!row) throw new Error(`The demo database has no record for the access matrix: ${sql}`);
  return row;
};

const CLIENT = (name: string) => `(select id from organizations where kind = 'client' and name = '${name}')`;
const A = CLIENT("Northwind Labs");
const B = CLIENT("Acme Robotics");

/**
 * A company's application in a trial (it has the trial, the check-ins and a submitted candidate):
 * an undecided one if the journeys that ran before left one, else any of the company's trials.
 */
function trialOf(db: Database.Database, company: string) {
  return one<{ trial: number; app: number; candidate: number; role: number }>(
    db,
    `select t.id trial, a.id app, a.candidate_id candidate, a.role_id role from trials t join applications a on a.id = t.application_id
      where t.client_id = ${company} order by (t.outcome is null and a.stage = 'trial') desc, t.id limit 1`,
  );
}

/** An interview on a company's submitted application that has a submitted scorecard by the given side. */
function interviewOf(db: Database.Database, company: string, byAgency: boolean) {
  return one<{ interview: number; scorecard: number }>(
    db,
    `select i.id interview, s.id scorecard from interviews i join applications a on a.id = i.application_id join roles r on r.id = a.role_id
      join scorecards s on s.interview_id = i.id and s.status = 'submitted' and s.superseded_at is null join users u on u.id = s.interviewer_id
      where r.client_id = ${company} and a.submitted_at is not null and a.stage not in ('rejected', 'withdrawn')
        and u.organization_id ${byAgency ? "=" : "!="} (select id from organizations where kind = 'agency') order by i.id limit 1`,
  );
}

export function findRecords(db: Database.Database): Records {
  const a = trialOf(db, A);
  const b = trialOf(db, B);
  // The agency's alone: an application of company A still in the agency's stages, whose candidate
  // was never submitted anywhere, and an interview held on it.
  const agency = one<{ app: number; candidate: number; interview: number }>(
    db,
    `select a.id app, a.candidate_id candidate, i.id interview from applications a join roles r on r.id = a.role_id join interviews i on i.application_id = a.id
      where r.client_id = ${A} and a.submitted_at is null and a.stage in ('sourced', 'screening', 'interviewing')
        and not exists (select 1 from applications o where o.candidate_id = a.candidate_id and o.submitted_at is not null) order by a.id limit 1`,
  );
  const agencyResume = one<{ id: number }>(
    db,
    `select c.id from candidates c where c.resume_stored_name is not null and c.erased_at is null
      and not exists (select 1 from applications o where o.candidate_id = c.id and o.submitted_at is not null) order by c.id limit 1`,
  );
  const ivA = interviewOf(db, A, true);
  const ivB = interviewOf(db, B, false);
  const s = (n: number) => String(n);
  const org = (name: string) => s(one<{ id: number }>(db, "select id from organizations where name = ?", name).id);
  return {
    role: { A: s(a.role), B: s(b.role) },
    candidate: { agency: s(agency.candidate), A: s(a.candidate), B: s(b.candidate) },
    application: { agency: s(agency.app), A: s(a.app), B: s(b.app) },
    interview: { agency: s(agency.interview), A: s(ivA.interview), B: s(ivB.interview) },
    trial: { A: s(a.trial), B: s(b.trial) },
    client: { A: org("Northwind Labs"), B: org("Acme Robotics") },
    resume: { agency: s(agencyResume.id), A: s(a.candidate), B: s(b.candidate) },
    report: { agency: "funnel" },
    token: { agency: "not-a-real-token" },
    scorecard: { agency: s(ivA.scorecard), B: s(ivB.scorecard) },
  };
}

/**
 * Writes the markers into the records (through SQLite directly; the FTS triggers follow) and
 * returns them. Names get the marker appended, so journeys that look for a name still find it.
 * The résumés of A's and B's candidates are shared with their company, so the résumé cells have
 * a file a client may download.
 */
export function seedMarkers(db: Database.Database, r: Records): Marker[] {
  const tag = randomBytes(4).toString("hex");
  const markers: Marker[] = [];
  const mark = (what: string, visibleTo: Owner[]) => {
    const text = `mx${tag}${what.replace(/[^a-z0-9]/gi, "").toLowerCase()}`;
    markers.push({ text, what, visibleTo });
    return text;
  };
  const agencyOnly: Owner[] = [];
  const write = db.transaction(() => {
    const recruiter = (db.prepare("select id from users where email = 'recruiter@agency.test'").get() as { id: number }).id;
    // The résumé-only candidate is asked for by its résumé alone, where only the name could show.
    for (const [owner, id, withEmail] of [
      ["agency", r.candidate.agency, true],
      ["agency", r.resume.agency, false],
      ["A", r.candidate.A, true],
      ["B", r.candidate.B, true],
    ] as const) {
      const name = mark(`${owner} candidate ${id} name`, owner === "agency" ? agencyOnly : [owner]);
      db.prepare("update candidates set name = name || ' ' || ? where id = ?").run(name, Number(id));
      if (!withEmail) continue;
      // The email is the agency's alone (candidates:view-contact), whoever the candidate is.
      const email = `${mark(`${owner} candidate ${id} email`, agencyOnly)}@example.test`;
      db.prepare("update candidates set email = ?, email_normalized = ? where id = ?").run(email, email, Number(id));
    }
    db.prepare("update roles set title = title || ' ' || ? where id = ?").run(mark(`company B role ${r.role.B} title`, ["B"]), Number(r.role.B));
    const note = db.prepare(
      "insert into notes (candidate_id, application_id, author_id, visibility, body, created_at, updated_at) values (?, ?, ?, ?, ?, unixepoch() * 1000, unixepoch() * 1000)",
    );
    note.run(Number(r.candidate.A), Number(r.application.A), recruiter, "internal", mark("internal note on A", agencyOnly));
    note.run(Number(r.candidate.agency), Number(r.application.agency), recruiter, "internal", mark("internal note on agency", agencyOnly));
    note.run(Number(r.candidate.B), Number(r.application.B), recruiter, "shared", mark("shared note on B", ["B"]));
    const checkIn = (trial: string, visibility: string, what: string, visibleTo: Owner[]) =>
      db
        .prepare(`update trial_check_ins set note = ? where id = (select id from trial_check_ins where trial_id = ? and visibility = ? order by id limit 1)`)
        .run(mark(what, visibleTo), Number(trial), visibility).changes;
    checkIn(r.trial.A!, "internal", "internal check-in on A", agencyOnly);
    checkIn(r.trial.B!, "internal", "internal check-in on B", agencyOnly);
    checkIn(r.trial.B!, "shared", "shared check-in on B", ["B"]);
    // A's interview has a scorecard by the agency's interviewer (clients see only their own
    // people's); B's, one by B's hiring manager.
    const scorecard = (id: string, what: string, visibleTo: Owner[]) =>
      db.prepare("update scorecards set notes = ? where id = ?").run(mark(what, visibleTo), Number(id));
    scorecard(r.scorecard.agency!, "agency scorecard on A", agencyOnly);
    scorecard(r.scorecard.B!, "client scorecard on B", ["B"]);
    // A résumé for A's and B's candidates, shared on their application (reusing a stored file).
    const file = db
      .prepare("select resume_file_name f, resume_stored_name s, resume_mime_type m, resume_size z from candidates where id = ?")
      .get(Number(r.resume.agency)) as {
      f: string;
      s: string;
      m: string;
      z: number;
    };
    for (const owner of ["A", "B"] as const) {
      db.prepare("update candidates set resume_file_name = ?, resume_stored_name = ?, resume_mime_type = ?, resume_size = ? where id = ?").run(
        file.f,
        file.s,
        file.m,
        file.z,
        Number(r.candidate[owner]),
      );
      db.prepare("update applications set resume_shared = 1 where id = ?").run(Number(r.application[owner]));
    }
  });
  write();
  return markers;
}
