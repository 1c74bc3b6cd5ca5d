import type { Db } from "../client";
import { hashPassword } from "../../lib/auth/password";
import { deferReportRollups } from "../report-rollups";
import { deferIndexes } from "./deferred-indexes";
import { largeEvaluation } from "./large-evaluation";
import { largeTrials, trialWeights, type TrialClient } from "./large-trials";
import { makePerson } from "./people";
import { pickStage, planApplication } from "./pipeline-plan";
import { createRandom } from "./random";

// Bulk data on top of the demo agency (so the demo sign-ins work), for benchmarks. Plain prepared
// statements, one transaction per batch: a million candidates load in minutes, and the triggers
// (full-text index, counters, copies) run for every row exactly as they do for the app's own writes.
// The secondary indexes no trigger reads, and the report rollups, are built once the rows are in
// (db/seed/deferred-indexes.ts, db/report-rollups.ts).
// Applications at interviewing and later get their interviews and scorecards as they are inserted
// (db/seed/large-evaluation.ts), and those that reach Trial their trial (db/seed/large-trials.ts).

export type LargeScale = { clients: number; roles: number; candidates: number; applications: number; biggestRole: number };

export const largeScales = {
  large: { clients: 200, roles: 2_000, candidates: 50_000, applications: 200_000, biggestRole: 650 },
  "1m": { clients: 2_000, roles: 20_000, candidates: 1_000_000, applications: 4_000_000, biggestRole: 650 },
} satisfies Record<string, LargeScale>;

const DAY = 86_400_000;
const BATCH = 10_000; // rows per transaction: big enough to amortise the commit, small enough to keep the WAL short

export async function seedLarge(database: Db, target: LargeScale, log: (line: string) => void = () => {}): Promise<void> {
  const sqlite = database.$client;
  const rand = createRandom(50_000);
  const now = Date.now();
  const passwordHash = await hashPassword("trialboard-demo");
  const ids = (sql: string) => (sqlite.prepare(sql).all() as { id: number }[]).map((r) => r.id);
  let logged = Date.now();
  const progress = (line: string) => {
    if (Date.now() - logged < 15_000) return;
    logged = Date.now();
    log(line);
  };
  const count = (table: string) => (sqlite.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;

  const insertOrg = sqlite.prepare("insert into organizations (kind, name, website, timezone, created_at, updated_at) values ('client', ?, ?, ?, ?, ?)");
  const insertUser = sqlite.prepare(
    "insert into users (organization_id, kind, name, email, password_hash, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)",
  );
  const insertRole = sqlite.prepare(`insert into roles (client_id, title, type, status, headcount, owner_id, hiring_manager_id, description, skills,
    timezone_overlap, opened_on, last_activity_at, created_at, updated_at) values (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertCandidate = sqlite.prepare(`insert into candidates (name, email, email_normalized, phone, location, timezone, current_title,
    years_experience, skills, source, github_url, linkedin_url, owner_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertSkill = sqlite.prepare("insert or ignore into candidate_skills (candidate_id, skill, created_at, updated_at) values (?, ?, ?, ?)");
  const insertApp = sqlite.prepare(`insert into applications (candidate_id, role_id, stage, stage_changed_at, submitted_at, owner_id, created_at, updated_at)
    values (?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertEvent = sqlite.prepare(
    "insert into stage_events (application_id, from_stage, to_stage, actor_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?)",
  );
  const insertNote = sqlite.prepare(
    "insert into notes (candidate_id, application_id, author_id, visibility, body, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)",
  );
  const setActivity = sqlite.prepare("update roles set last_activity_at = ? where id = ?");
  // Converted trials count towards the headcount: a filled role has exactly its hires, any other fewer.
  const setHeadcount = sqlite.prepare("update roles set headcount = ? where id = ?");

  // Staff, then clients with one hiring manager each.
  const agencyId = ids("select id from organizations where kind = 'agency'")[0];
  const recruiters = ids("select id from users where kind = 'recruiter'");
  const clients = sqlite
    .prepare(
      `select o.id, coalesce(o.timezone, 'UTC') zone, (select min(u.id) from users u where u.organization_id = o.id and u.kind = 'hiring_manager') hm,
        (select min(u.id) from users u where u.organization_id = o.id and u.kind = 'client_viewer') viewer from organizations o where o.kind = 'client' order by o.id`,
    )
    .all() as TrialClient[];
  sqlite.transaction(() => {
    for (let i = 0; i < 20; i++) {
      recruiters.push(
        Number(insertUser.run(agencyId, "recruiter", `Recruiter ${i + 1}`, `recruiter${i + 1}@agency.test`, passwordHash, now, now).lastInsertRowid),
      );
    }
    for (let i = clients.length; i < target.clients; i++) {
      const id = Number(
        insertOrg.run(
          `Client ${String(i + 1).padStart(String(target.clients).length, "0")} Technologies`,
          `https://client${i + 1}.test`,
          "Europe/London",
          now,
          now,
        ).lastInsertRowid,
      );
      const hm = Number(insertUser.run(id, "hiring_manager", `Hiring Manager ${i + 1}`, `hiring@client${i + 1}.test`, passwordHash, now, now).lastInsertRowid);
      clients.push({ id, hm, zone: "Europe/London", viewer: null });
    }
  })();

  const evaluation = largeEvaluation(sqlite, rand, now, {
    agency: recruiters,
    riley: ids("select id from users where email = 'recruiter@agency.test'")[0],
    applications: target.applications,
  });
  const trials = largeTrials(sqlite, now, clients[0].id);
  const weights = trialWeights();
  // The first client (Northwind Labs, with a viewer sign-in) places more: its portal has a few hundred trials.
  const busyWeights = trialWeights(8);
  // The tables the bulk fills, their secondary indexes built once it is done.
  const indexes = deferIndexes(sqlite, ["candidates", "applications", "stage_events", "notes", "interviews", "interviewers", "scorecards", "trials"]);
  // And the report rollups, built from the rows once they are in: kept row by row, they were a
  // third of the seed's time (each stage event updates its application's rank, which moves the
  // application's sources row off and on again).
  const rollups = deferReportRollups(sqlite);
  // Put back however the load ends: a file left without its rollup triggers would report stale figures.
  try {
    // Candidates with skills (the full-text index fills through its triggers).
    const candidateIds = ids("select id from candidates");
    const addCandidates = sqlite.transaction((from: number, to: number) => {
      for (let n = from; n < to; n++) {
        const p = makePerson(rand, n + 10_000);
        const at = now - rand.int(1, 700) * DAY;
        const id = Number(
          insertCandidate.run(
            p.name,
            p.email,
            p.email.toLowerCase(),
            p.phone,
            p.location,
            p.timezone,
            p.currentTitle,
            p.yearsExperience,
            p.skills.join(", "),
            p.source,
            p.githubUrl,
            p.linkedinUrl,
            rand.pick(recruiters),
            at,
            at,
          ).lastInsertRowid,
        );
        for (const s of p.skills) insertSkill.run(id, s.toLowerCase(), at, at);
        candidateIds.push(id);
      }
    });
    for (let n = candidateIds.length; n < target.candidates; n += BATCH) {
      addCandidates(n, Math.min(n + BATCH, target.candidates));
      progress(`  candidates: ${n.toLocaleString("en")} of ${target.candidates.toLocaleString("en")}`);
    }

    // Roles, each with its pipeline: the first new one is the biggest.
    const types = ["senior", "lead", "engineering_manager"] as const;
    const statuses = ["open", "open", "open", "on_hold", "filled", "closed", "draft"] as const;
    const titles = { senior: "Senior Backend Engineer", lead: "Lead Engineer", engineering_manager: "Engineering Manager" };
    const newRoles = target.roles - count("roles");
    let appsLeft = target.applications - count("applications");
    const addRole = (r: number) => {
      const client = clients[r % clients.length];
      const type = types[r % 3];
      const rolesLeft = newRoles - r;
      const status = r === 0 || rolesLeft === 1 ? "open" : statuses[r % statuses.length];
      const opened = now - rand.int(5, 300) * DAY;
      const roleId = Number(
        insertRole.run(
          client.id,
          titles[type],
          type,
          status,
          rand.pick(recruiters),
          client.hm ?? null,
          "Generated for the benchmark.",
          "TypeScript, PostgreSQL, AWS",
          "4 hours with UK",
          new Date(opened).toISOString().slice(0, 10),
          opened,
          opened,
          opened,
        ).lastInsertRowid,
      );
      evaluation.addRoleLoop(roleId, type, opened);
      const size =
        r === 0
          ? target.biggestRole
          : rolesLeft === 1
            ? appsLeft
            : status === "draft"
              ? 0
              : Math.min(appsLeft, Math.round(appsLeft / rolesLeft) + rand.int(-30, 30));
      const chosen = new Set<number>();
      while (chosen.size < size) chosen.add(candidateIds[rand.int(0, candidateIds.length - 1)]);
      let last = opened;
      let hires = 0;
      for (const candidateId of chosen) {
        const stage = pickStage(rand, r > 0 && client === clients[0] ? busyWeights : weights);
        const trial = stage === "trial" ? trials.plan(client, opened) : null;
        const plan = trial ? trial.plan : planApplication(rand, stage, now, 200);
        const owner = rand.pick(recruiters);
        const appId = Number(
          insertApp.run(candidateId, roleId, plan.stage, plan.stageChangedAt, plan.submittedAt, owner, plan.createdAt, plan.stageChangedAt).lastInsertRowid,
        );
        for (const e of plan.events) insertEvent.run(appId, e.from, e.to, actorOf(e, appId, client.hm, owner), e.at, e.at);
        evaluation.addLoop({ applicationId: appId, candidateId, type, plan, hm: client.hm, owner });
        if (trial && trials.write(appId, trial, { client, type, owner }) === "converted") hires++;
        if (rand.chance(0.15))
          insertNote.run(
            candidateId,
            appId,
            owner,
            plan.submittedAt && rand.chance(0.5) ? "shared" : "internal",
            "Benchmark note: solid systems design, clear communicator.",
            plan.stageChangedAt,
            plan.stageChangedAt,
          );
        last = Math.max(last, plan.stageChangedAt);
      }
      if (hires) setHeadcount.run(status === "filled" ? hires : hires + 1, roleId);
      appsLeft -= size;
      setActivity.run(last, roleId);
      return size;
    };
    let r = 0;
    const addRoles = sqlite.transaction(() => {
      // About BATCH applications per transaction.
      for (let apps = 0; r < newRoles && apps < BATCH; r++) apps += addRole(r);
    });
    while (r < newRoles) {
      addRoles();
      progress(`  roles: ${r.toLocaleString("en")} of ${newRoles.toLocaleString("en")}`);
    }
    log("  building the indexes");
    indexes.rebuild();
  } finally {
    log("  building the report rollups");
    rollups.rebuild();
  }
}

const CLIENT_FROM = new Set<string>(["submitted", "client_interview", "offer"]);
const CLIENT_TO = new Set<string>(["client_interview", "offer", "rejected"]);

/**
 * Who made a move: the client's hiring manager for every other application's moves among the
 * client's stages (so recruiters' homes have client moves to show, and the trigger fills
 * client_moved_at as the app's own moves do), the application's recruiter otherwise. Drawn from
 * the id, not the random stream, so the rest of the data stays exactly as it was.
 */
function actorOf(e: { from: string | null; to: string }, appId: number, hm: number | null, owner: number): number {
  return hm && appId % 2 === 0 && e.from && CLIENT_FROM.has(e.from) && CLIENT_TO.has(e.to) ? hm : owner;
}
