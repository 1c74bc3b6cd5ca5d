// npm run test:crash [-- --short] [--cycles N] [--workers N] [--port P]
// Starts the built server on a scratch database, drives concurrent writers through the real HTTP
// server actions (pipeline moves, notes, trial check-ins), records every write the server
// acknowledged, kills the server (every process) with SIGKILL at a random moment, and checks the
// database before restarting it: integrity_check, every acknowledged write present, the stage
// history agreeing with each application's stage, versions only growing. Two users also move the
// same card at the same version at once: one must win and the other be told (a conflict).
// Cycles alternate between 1 and 2 worker processes (WORKERS) unless --workers is given.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { encode } from "next-auth/jwt";
import { checkAfterCrash, type Acked } from "./crash-checks";

const arg = (name: string) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : undefined);
const short = process.argv.includes("--short");
const cycles = arg("--cycles") ?? (short ? 4 : 20);
const fixedWorkers = arg("--workers");
const PORT = arg("--port") ?? 3390;
const BASE = `http://localhost:${PORT}`;
const SECRET = "crash-test-secret-that-is-long-enough-for-authjs-0123";
const COOKIE = "authjs.session-token";
const WRITERS = 6;
const MOVABLE = ["sourced", "screening", "interviewing"];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trialboard-crash-"));
const file = path.join(dir, "crash.db");
const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Server action ids by exported name, from the build's manifest. */
function actionIds(): Record<string, string> {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName?: string }> };
  return Object.fromEntries(Object.entries(manifest.node).map(([id, v]) => [v.exportedName, id]));
}

async function startServer(workers: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    env: {
      ...process.env,
      DATABASE_PATH: file,
      PORT: String(PORT),
      AUTH_SECRET: SECRET,
      SEED_DEMO: "true",
      WORKERS: String(workers),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${BASE}/login`)).ok) return child;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error("the server did not start");
}

/** SIGKILL to the server's whole process group (the primary and every worker), and wait for it. */
async function killServer(child: ChildProcess) {
  const exited = new Promise((r) => child.once("exit", r));
  process.kill(-child.pid!, "SIGKILL");
  await exited;
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(-child.pid!, 0);
    } catch {
      return;
    }
    await sleep(50);
  }
}

type Result = { ok: boolean; conflict?: boolean; ref?: string; message?: string };

/** Posts a server action as the browser does; null when no answer came (the server died). */
async function callAction(id: string, page: string, cookie: string, input: unknown): Promise<Result | null> {
  try {
    const res = await fetch(BASE + page, {
      method: "POST",
      headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: BASE, cookie },
      body: JSON.stringify([null, input]),
    });
    const text = await res.text();
    if (res.status >= 500) return { ok: false, ref: `HTTP ${res.status}` };
    for (const line of text.split("\n")) {
      const json = line.slice(line.indexOf(":") + 1);
      if (!json.startsWith("{")) continue;
      const value = JSON.parse(json) as Record<string, unknown>;
      if ("ok" in value) return value as Result;
    }
    return { ok: false, ref: `no result in the answer (HTTP ${res.status})` };
  } catch {
    return null;
  }
}

async function main() {
  if (!fs.existsSync(".next/BUILD_ID")) throw new Error("No build: run `npx next build` first.");
  const ids = actionIds();
  const acked: Acked = { notes: [], checkIns: [], moves: [] };
  const versions = new Map<number, number>();
  const stats = { requests: 0, conflicts: 0, pairs: 0, pairConflicts: 0, pairsBothLost: 0, unexpected: [] as string[], problems: [] as string[] };
  let checked = 0;

  for (let cycle = 1; cycle <= cycles; cycle++) {
    const workers = fixedWorkers ?? (cycle % 2 === 0 ? 2 : 1);
    const server = await startServer(workers);
    const sqlite = new Database(file, { readonly: true });
    const user = (email: string) => (sqlite.prepare("select id from users where email = ?").get(email) as { id: number }).id;
    const cookie = async (id: number) =>
      `${COOKIE}=${await encode({ token: { sub: String(id), authAt: Date.now() }, secret: SECRET, salt: COOKIE, maxAge: 3600 })}`;
    const recruiter = await cookie(user("recruiter@agency.test"));
    const admin = await cookie(user("admin@agency.test"));
    const apps = sqlite
      .prepare(`select id, role_id roleId, stage, version from applications where stage in (${MOVABLE.map(() => "?").join(",")})`)
      .all(...MOVABLE) as { id: number; roleId: number; stage: string; version: number }[];
    const candidates = sqlite.prepare("select id from candidates").pluck().all() as number[];
    const trials = sqlite.prepare("select id from trials where outcome is null").pluck().all() as number[];
    sqlite.close();

    let alive = true;
    const answer = (r: Result | null) => {
      if (r === null) return false;
      stats.requests++;
      if (r.conflict) stats.conflicts++;
      if (r.ref) stats.unexpected.push(`${r.ref}: ${r.message ?? ""}`);
      return r.ok;
    };
    const writer = async (w: number) => {
      for (let n = 0; alive; n++) {
        const tag = `crash ${cycle}.${w}.${n} ${Math.random().toString(36).slice(2)}`;
        const roll = Math.random();
        const [candidate, trial] = [pick(candidates), pick(trials)];
        if (roll < 0.35) {
          const r = await callAction(ids.addNoteAction, `/candidates/${candidate}`, recruiter, { candidateId: candidate, visibility: "internal", body: tag });
          if (answer(r)) acked.notes.push(tag);
        } else if (roll < 0.5 && trials.length) {
          const r = await callAction(ids.addCheckInAction, `/trials/${trial}`, recruiter, {
            trialId: trial,
            sentiment: "on_track",
            visibility: "internal",
            note: tag,
          });
          if (answer(r)) acked.checkIns.push(tag);
        } else {
          const app = pick(apps);
          const to = pick(MOVABLE.filter((s) => s !== app.stage));
          // Other writers update `app` while this request is out: what was sent is kept apart.
          const { version } = app;
          const move = { roleId: app.roleId, to, applications: [{ id: app.id, version }] };
          // Now and then a second user moves the same card at the same version at the same moment.
          const pair = roll > 0.9;
          const [a, b] = await Promise.all([
            callAction(ids.moveApplicationsAction, `/roles/${app.roleId}`, recruiter, move),
            pair ? callAction(ids.moveApplicationsAction, `/roles/${app.roleId}`, admin, move) : null,
          ]);
          const wonA = answer(a);
          const wonB = pair && answer(b);
          if (pair && a && b) {
            stats.pairs++;
            if (wonA && wonB) stats.problems.push(`application ${app.id}: two users both moved it from version ${version}`);
            if (wonA !== wonB && (a.conflict || b.conflict)) stats.pairConflicts++;
            if (!wonA && !wonB) stats.pairsBothLost++;
          }
          if (wonA || wonB) {
            acked.moves.push({ id: app.id, version, to });
            if (app.version === version) Object.assign(app, { stage: to, version: version + 1 });
          } else if (a?.conflict || b?.conflict) {
            // Someone else moved it: carry on from what the database holds now.
            const now = new Database(file, { readonly: true });
            Object.assign(app, now.prepare("select stage, version from applications where id = ?").get(app.id));
            now.close();
          }
        }
      }
    };
    const running = Array.from({ length: WRITERS }, (_, w) => writer(w));
    await sleep(300 + Math.random() * 2700);
    await killServer(server);
    alive = false;
    await Promise.all(running);

    const database = new Database(file);
    const result = checkAfterCrash(database, acked, versions);
    database.close();
    checked = result.checked;
    stats.problems.push(...result.problems.map((p) => `cycle ${cycle}: ${p}`));
    console.log(
      `cycle ${cycle}/${cycles} (${workers} worker${workers > 1 ? "s" : ""}): killed; ${result.checked} acknowledged writes checked, ${result.problems.length} problems`,
    );
  }

  console.log(
    `\n${cycles} crash cycles, ${stats.requests} answered requests, ${checked} acknowledged writes checked (${acked.notes.length} notes, ${acked.checkIns.length} check-ins, ${acked.moves.length} moves); ${stats.conflicts} conflicts reported (${stats.pairConflicts} of ${stats.pairs} same-card races had one winner and told the other; ${stats.pairsBothLost} lost both to a third writer); ${stats.problems.length} problems, ${stats.unexpected.length} unexpected errors`,
  );
  for (const p of [...stats.problems, ...stats.unexpected].slice(0, 20)) console.error(`  ${p}`);
  fs.rmSync(dir, { recursive: true, force: true });
  if (stats.problems.length || stats.unexpected.length || acked.notes.length === 0 || acked.moves.length === 0) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
