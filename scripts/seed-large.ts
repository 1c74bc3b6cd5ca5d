// Builds a separate database at agency scale for benchmarks:
//   npm run seed:large [-- --db ./bench-data/large.db]
// 200 clients, 2,000 roles, 50,000 candidates, 200,000 applications with their stage events
// (one role with 650 applications), on top of the demo agency so the demo sign-ins work.
import fs from "node:fs";
import path from "node:path";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const file = path.resolve(arg("--db", "./bench-data/large.db"));
const TARGET = { clients: 200, roles: 2000, candidates: 50_000, applications: 200_000, biggestRole: 650 };

async function main() {
  const started = Date.now();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  process.env.DATABASE_PATH = file;
  const { openDatabase, migrateDatabase } = await import("../db/client");
  const { seedDemo } = await import("../db/seed/demo");
  const { createRandom } = await import("../db/seed/random");
  const { makePerson } = await import("../db/seed/people");
  const { pickStage, planApplication } = await import("../db/seed/pipeline-plan");
  const { hashPassword } = await import("../lib/auth/password");

  const database = openDatabase(file);
  migrateDatabase(database);
  await seedDemo(database);
  const sqlite = database.$client;
  sqlite.pragma("synchronous = OFF"); // a throwaway benchmark file: speed over durability while loading

  const rand = createRandom(50_000);
  const now = Date.now();
  const DAY = 86_400_000;
  const count = (table: string) => (sqlite.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;
  const passwordHash = await hashPassword("trialboard-demo");

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
  const insertEvent = sqlite.prepare("insert into stage_events (application_id, from_stage, to_stage, actor_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?)");
  const insertNote = sqlite.prepare("insert into notes (candidate_id, application_id, author_id, visibility, body, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)");
  const setActivity = sqlite.prepare("update roles set last_activity_at = ? where id = ?");

  sqlite.transaction(() => {
    const agencyId = (sqlite.prepare("select id from organizations where kind = 'agency'").get() as { id: number }).id;
    const recruiters: number[] = (sqlite.prepare("select id from users where kind = 'recruiter'").all() as { id: number }[]).map((r) => r.id);
    for (let i = 0; i < 20; i++) {
      recruiters.push(Number(insertUser.run(agencyId, "recruiter", `Recruiter ${i + 1}`, `recruiter${i + 1}@agency.test`, passwordHash, now, now).lastInsertRowid));
    }

    // Clients and one hiring manager each.
    const clients: { id: number; hm: number }[] = (sqlite.prepare("select o.id, u.id hm from organizations o left join users u on u.organization_id = o.id and u.kind = 'hiring_manager' where o.kind = 'client'").all() as { id: number; hm: number }[]);
    for (let i = clients.length; i < TARGET.clients; i++) {
      const id = Number(insertOrg.run(`Client ${String(i + 1).padStart(3, "0")} Technologies`, `https://client${i + 1}.test`, "Europe/London", now, now).lastInsertRowid);
      const hm = Number(insertUser.run(id, "hiring_manager", `Hiring Manager ${i + 1}`, `hiring@client${i + 1}.test`, passwordHash, now, now).lastInsertRowid);
      clients.push({ id, hm });
    }

    // Candidates with skills (the FTS index fills through its triggers).
    const candidateIds: number[] = (sqlite.prepare("select id from candidates").all() as { id: number }[]).map((r) => r.id);
    for (let n = candidateIds.length; n < TARGET.candidates; n++) {
      const p = makePerson(rand, n + 10_000);
      const at = now - rand.int(1, 700) * DAY;
      const id = Number(
        insertCandidate.run(p.name, p.email, p.email.toLowerCase(), p.phone, p.location, p.timezone, p.currentTitle, p.yearsExperience, p.skills.join(", "), p.source, p.githubUrl, p.linkedinUrl, rand.pick(recruiters), at, at).lastInsertRowid,
      );
      for (const s of p.skills) insertSkill.run(id, s.toLowerCase(), at, at);
      candidateIds.push(id);
    }

    // Roles: the first new one is the biggest pipeline.
    const types = ["senior", "lead", "engineering_manager"] as const;
    const statuses = ["open", "open", "open", "on_hold", "filled", "closed", "draft"] as const;
    const titles = { senior: "Senior Backend Engineer", lead: "Lead Engineer", engineering_manager: "Engineering Manager" };
    const existingRoles = count("roles");
    const existingApps = count("applications");
    const newRoles = TARGET.roles - existingRoles;
    let appsLeft = TARGET.applications - existingApps;
    for (let r = 0; r < newRoles; r++) {
      const client = clients[r % clients.length];
      const type = types[r % 3];
      const rolesLeft = newRoles - r;
      const status = r === 0 || rolesLeft === 1 ? "open" : statuses[r % statuses.length];
      const opened = now - rand.int(5, 300) * DAY;
      const roleId = Number(
        insertRole.run(client.id, titles[type], type, status, rand.pick(recruiters), client.hm ?? null, "Generated for the benchmark.", "TypeScript, PostgreSQL, AWS", "4 hours with UK", new Date(opened).toISOString().slice(0, 10), opened, opened, opened).lastInsertRowid,
      );
      const size =
        r === 0 ? TARGET.biggestRole : rolesLeft === 1 ? appsLeft : status === "draft" ? 0 : Math.min(appsLeft, Math.round(appsLeft / rolesLeft) + rand.int(-30, 30));
      const chosen = new Set<number>();
      while (chosen.size < size) chosen.add(candidateIds[rand.int(0, candidateIds.length - 1)]);
      let last = opened;
      for (const candidateId of chosen) {
        const plan = planApplication(rand, pickStage(rand), now, 200);
        const owner = rand.pick(recruiters);
        const appId = Number(insertApp.run(candidateId, roleId, plan.stage, plan.stageChangedAt, plan.submittedAt, owner, plan.createdAt, plan.stageChangedAt).lastInsertRowid);
        for (const e of plan.events) insertEvent.run(appId, e.from, e.to, owner, e.at, e.at);
        if (rand.chance(0.15)) insertNote.run(candidateId, appId, owner, plan.submittedAt && rand.chance(0.5) ? "shared" : "internal", "Benchmark note: solid systems design, clear communicator.", plan.stageChangedAt, plan.stageChangedAt);
        last = Math.max(last, plan.stageChangedAt);
      }
      appsLeft -= size;
      setActivity.run(last, roleId);
    }
  })();
  sqlite.pragma("synchronous = FULL");
  sqlite.exec("ANALYZE");
  sqlite.pragma("wal_checkpoint(TRUNCATE)");

  const biggest = sqlite.prepare("select role_id, count(*) n from applications group by role_id order by n desc limit 1").get() as { role_id: number; n: number };
  console.log(`Built ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
  for (const t of ["organizations", "users", "roles", "candidates", "applications", "stage_events", "notes"]) console.log(`  ${t.padEnd(14)} ${count(t).toLocaleString("en")}`);
  console.log(`  largest role: #${biggest.role_id} with ${biggest.n} applications`);
  console.log(`  file size: ${(fs.statSync(file).size / 1e6).toFixed(0)} MB`);
  sqlite.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
