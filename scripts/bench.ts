// Benchmarks the built app: npm run bench [-- --scale demo|large|1m] [--rounds N] [--workers N] [--only /path] [--skip /path]   (defaults: demo and large, 3, 1, every page)
// Every request asks like Chromium does (Accept-Encoding: gzip, deflate, br, zstd), so pages are
// measured as browsers receive them: compressed. For each page: p50/p95 of 200 sequential
// signed-in requests, requests/s with 10 connections for 10 s (autocannon), the ratio to /login's
// throughput measured just before it (the median of N such pairs), the HTML's bytes on the wire,
// and the gzip size of the JavaScript the page loads. Also times the search query.
// --workers N (N > 1): measures each scale twice on the same machine, served by 1 process and then
// by N (WORKERS=N, one database), and prints each page's throughput with 1 and N workers and the ratio.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { encode } from "next-auth/jwt";
import { compareWorkers, stopServer } from "./bench-workers";

const PORT = 3200;
const BASE = `http://localhost:${PORT}`;
const SECRET = "bench-secret-that-is-long-enough-for-authjs-0123456789";
const COOKIE = "authjs.session-token";
const scaleArg = process.argv.includes("--scale") ? process.argv[process.argv.indexOf("--scale") + 1] : "both";
const scales = scaleArg === "both" ? ["demo", "large"] : [scaleArg];
const rounds = process.argv.includes("--rounds") ? Number(process.argv[process.argv.indexOf("--rounds") + 1]) : 3;
const workers = process.argv.includes("--workers") ? Number(process.argv[process.argv.indexOf("--workers") + 1]) : 1;
// --only /reports: measures /login (the floor) and the pages whose address starts with it.
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : null;
// --skip /reports: every page but those whose address starts with it (the 1M reports take minutes).
const skip = process.argv.includes("--skip") ? process.argv[process.argv.indexOf("--skip") + 1] : null;
// What Chromium sends; without it the server sends uncompressed pages no browser receives.
const BROWSER = { "accept-encoding": "gzip, deflate, br, zstd" };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** `as`: whose session the page is asked with (the recruiter unless said). */
type Page = { name: string; url: string; auth: boolean; as?: "viewer" | "hm" | "admin" };
type Row = {
  name: string;
  p50: number;
  p95: number;
  rps: number;
  floorRps: number;
  ratios: number[];
  js: number;
  wire: { bytes: number; encoding: string };
  errors: number;
};

function sh(cmd: string, args: string[], env: Record<string, string> = {}) {
  execFileSync(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
}

function databaseFor(scale: string): string {
  const dir = path.resolve("bench-data");
  fs.mkdirSync(dir, { recursive: true });
  if (scale === "large" || scale === "1m") {
    // Seeded once and reused: the million takes minutes to build.
    const file = path.join(dir, `${scale}.db`);
    if (!fs.existsSync(file)) sh("npx", ["tsx", "scripts/seed-large.ts", "--scale", scale, "--db", file]);
    return file;
  }
  const file = path.join(dir, "demo.db");
  for (const s of ["", "-wal", "-shm"]) fs.rmSync(file + s, { force: true });
  return file;
}

async function startServer(db: string, processes: number): Promise<ChildProcess> {
  const child = spawn("npx", ["tsx", "scripts/serve.ts"], {
    env: {
      ...process.env,
      DATABASE_PATH: db,
      PORT: String(PORT),
      AUTH_SECRET: SECRET,
      SEED_DEMO: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      WORKERS: String(processes),
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
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("server did not start");
}

async function timed(url: string, cookie: string | undefined, n: number): Promise<{ p50: number; p95: number; errors: number }> {
  const times: number[] = [];
  let errors = 0;
  for (let i = 0; i < n + 20; i++) {
    const t = performance.now();
    const res = await fetch(url, { headers: headersFor(cookie), redirect: "manual" });
    await res.arrayBuffer();
    if (res.status !== 200) errors++;
    if (i >= 20) times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(n * 0.5)], p95: times[Math.floor(n * 0.95)], errors };
}

async function throughput(url: string, cookie: string | undefined): Promise<{ rps: number; errors: number }> {
  const result = await autocannon({ url, connections: 10, duration: 10, headers: headersFor(cookie) });
  return { rps: result.requests.average, errors: result.non2xx + result.errors };
}

const headersFor = (cookie: string | undefined): Record<string, string> => (cookie ? { ...BROWSER, cookie } : { ...BROWSER });

/** The HTML response's body as sent (compressed, de-chunked): node:http, unlike fetch, does not decode it. */
function wireBytes(url: string, cookie: string | undefined): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: headersFor(cookie) }, (res) => {
        let bytes = 0;
        res.on("data", (chunk: Buffer) => (bytes += chunk.length));
        res.on("end", () => resolve({ bytes, encoding: String(res.headers["content-encoding"] ?? "identity") }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

async function scriptBytes(url: string, cookie: string | undefined): Promise<number> {
  const html = await (await fetch(url, { headers: headersFor(cookie) })).text();
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  let total = 0;
  for (const src of new Set(srcs)) total += gzipSync(Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer())).length;
  return total;
}

async function benchScale(scale: string, processes = 1): Promise<Row[]> {
  const db = databaseFor(scale);
  const server = await startServer(db, processes);
  try {
    const sqlite = new Database(db, { readonly: true });
    const recruiter = sqlite.prepare("select id from users where email = 'recruiter@agency.test'").get() as { id: number };
    const bigRole = sqlite.prepare("select role_id id, count(*) n from applications group by role_id order by n desc limit 1").get() as {
      id: number;
      n: number;
    };
    const candidate = sqlite
      .prepare("select candidate_id id, count(*) n from applications group by candidate_id order by n desc, candidate_id limit 1")
      .get() as { id: number; n: number };
    // The evaluation pages: the application of the largest role with the most scorecards.
    const evaluated = sqlite
      .prepare(
        "select application_id id, count(*) n from scorecards where application_id in (select id from applications where role_id = ?) group by application_id order by n desc, application_id limit 1",
      )
      .get(bigRole.id) as { id: number; n: number } | undefined;
    const load = sqlite.prepare("select count(*) n from interviewers where user_id = ?").get(recruiter.id) as { n: number };
    // The trial pages: a client viewer of the company with the most trials, and the trial with the most check-ins.
    const viewer = sqlite
      .prepare(
        `select u.id, u.email, count(*) n from users u join roles r on r.client_id = u.organization_id join applications a on a.role_id = r.id
          join trials t on t.application_id = a.id where u.kind = 'client_viewer' and u.active <> 0 group by u.id order by n desc, u.id limit 1`,
      )
      .get() as { id: number; email: string; n: number } | undefined;
    // The hiring manager whose home is measured: Northwind's (the company with the most trials and submissions).
    const hm = sqlite.prepare("select id, email from users where email = 'hiring@northwind.test'").get() as { id: number; email: string } | undefined;
    const admin = sqlite.prepare("select id from users where email = 'admin@agency.test'").get() as { id: number };
    // The client page of the largest role's company, and an interview of the evaluated application (or the latest).
    const bigClient = sqlite.prepare("select client_id id from roles where id = ?").get(bigRole.id) as { id: number };
    const interview = sqlite.prepare("select id from interviews order by application_id = ? desc, id desc limit 1").get(evaluated?.id ?? 0) as
      { id: number } | undefined;
    const sizes = Object.fromEntries(
      [
        ["clients", "select count(*) n from organizations where kind = 'client'"],
        ["users", "select count(*) n from users"],
      ].map(([k, q]) => [k, (sqlite.prepare(q).get() as { n: number }).n]),
    );
    const busyTrial = sqlite.prepare("select trial_id id, count(*) n from trial_check_ins group by trial_id order by n desc, trial_id limit 1").get() as
      { id: number; n: number } | undefined;
    const counts = Object.fromEntries(
      ["candidates", "roles", "applications", "interviews", "scorecards", "trials"].map((t) => [
        t,
        (sqlite.prepare(`select count(*) n from ${t}`).get() as { n: number }).n,
      ]),
    );
    sqlite.close();

    const token = await encode({ token: { sub: String(recruiter.id), authAt: Date.now() }, secret: SECRET, salt: COOKIE, maxAge: 12 * 3600 });
    const cookie = `${COOKIE}=${token}`;
    const viewerToken = viewer && (await encode({ token: { sub: String(viewer.id), authAt: Date.now() }, secret: SECRET, salt: COOKIE, maxAge: 12 * 3600 }));
    const hmToken = hm && (await encode({ token: { sub: String(hm.id), authAt: Date.now() }, secret: SECRET, salt: COOKIE, maxAge: 12 * 3600 }));
    const adminToken = await encode({ token: { sub: String(admin.id), authAt: Date.now() }, secret: SECRET, salt: COOKIE, maxAge: 12 * 3600 });
    const tokens = { viewer: viewerToken, hm: hmToken, admin: adminToken };
    const cookieFor = (p: Page) => (!p.auth ? undefined : p.as ? `${COOKIE}=${tokens[p.as]}` : cookie);
    const allPages: Page[] = [
      { name: "/login (floor)", url: "/login", auth: false },
      { name: "/ (home)", url: "/", auth: true },
      ...(hm ? [{ name: `/ (home, hiring manager ${hm.email})`, url: "/", auth: true, as: "hm" as const }] : []),
      ...(viewer ? [{ name: `/ (home, client viewer ${viewer.email})`, url: "/", auth: true, as: "viewer" as const }] : []),
      { name: "/roles", url: "/roles", auth: true },
      { name: `/roles/${bigRole.id} (board, ${bigRole.n} apps)`, url: `/roles/${bigRole.id}`, auth: true },
      { name: "/candidates?q=typ", url: "/candidates?q=typ", auth: true },
      { name: "/candidates?q=eng", url: "/candidates?q=eng", auth: true },
      { name: `/candidates/${candidate.id}`, url: `/candidates/${candidate.id}`, auth: true },
      { name: `/roles/${bigRole.id}/compare (comparison, largest role)`, url: `/roles/${bigRole.id}/compare`, auth: true },
      ...(evaluated
        ? [{ name: `/applications/${evaluated.id} (evaluation, ${evaluated.n} scorecards)`, url: `/applications/${evaluated.id}`, auth: true }]
        : []),
      { name: `/interviews (${load.n} interviews of theirs)`, url: "/interviews", auth: true },
      { name: `/trials (agency, ${counts.trials} trials)`, url: "/trials", auth: true },
      ...(viewer ? [{ name: `/trials (client viewer ${viewer.email}, ${viewer.n} trials)`, url: "/trials", auth: true, as: "viewer" as const }] : []),
      ...(busyTrial ? [{ name: `/trials/${busyTrial.id} (${busyTrial.n} check-ins)`, url: `/trials/${busyTrial.id}`, auth: true }] : []),
      // The forms and the pages of single records, and the admin's pages.
      { name: "/roles/new", url: "/roles/new", auth: true },
      { name: `/roles/${bigRole.id}/edit`, url: `/roles/${bigRole.id}/edit`, auth: true },
      { name: `/roles/${bigRole.id}/evaluation`, url: `/roles/${bigRole.id}/evaluation`, auth: true },
      { name: "/candidates/new", url: "/candidates/new", auth: true },
      { name: `/candidates/${candidate.id}/edit`, url: `/candidates/${candidate.id}/edit`, auth: true },
      ...(interview ? [{ name: `/interviews/${interview.id}`, url: `/interviews/${interview.id}`, auth: true }] : []),
      { name: `/clients (${sizes.clients} clients)`, url: "/clients", auth: true },
      { name: `/clients/${bigClient.id}`, url: `/clients/${bigClient.id}`, auth: true },
      { name: `/settings/users (admin, ${sizes.users} users)`, url: "/settings/users", auth: true, as: "admin" as const },
      { name: "/settings/evaluation (admin)", url: "/settings/evaluation", auth: true, as: "admin" as const },
      // The reports, as an agency user opens them: the last 90 days, the whole agency.
      ...["funnel", "time-in-stage", "sources", "trials", "calibration"].map((r) => ({
        name: `/reports/${r} (last 90 days, every client)`,
        url: `/reports/${r}`,
        auth: true,
      })),
    ];
    const pages = allPages.filter((p) => p.url === "/login" || ((!only || p.url.startsWith(only)) && (!skip || !p.url.startsWith(skip))));
    // Every page must answer 200 as that user: a 404 or a redirect would be measured as a fast
    // error page and quietly flatter the figures, so the run stops instead.
    for (const p of pages) {
      const res = await fetch(BASE + p.url, { headers: headersFor(cookieFor(p)), redirect: "manual" });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${p.name} answers ${res.status}, not 200: nothing measured`);
    }
    // Warm every page first (JIT, SQLite page cache), so the order of measurement does not matter.
    for (const p of pages) await autocannon({ url: BASE + p.url, connections: 10, duration: 3, headers: headersFor(cookieFor(p)) });
    // Each page's throughput is compared with a /login run made just before it: this machine's
    // speed drifts by ±20% over minutes, and an adjacent floor keeps that out of the ratio. The
    // pair is run `rounds` times and the median ratio reported, since one pair still varies by ±5 points.
    const rows: Row[] = [];
    for (const p of pages) {
      const c = cookieFor(p);
      const seq = await timed(BASE + p.url, c, 200);
      const pairs: { floor: number; load: number; errors: number }[] = [];
      for (let r = 0; r < (p === pages[0] ? 1 : rounds); r++) {
        const floor = p === pages[0] ? null : await throughput(`${BASE}/login`, undefined);
        const load = await throughput(BASE + p.url, c);
        pairs.push({ floor: floor?.rps ?? load.rps, load: load.rps, errors: load.errors });
      }
      rows.push({
        name: p.name,
        p50: seq.p50,
        p95: seq.p95,
        rps: median(pairs.map((x) => x.load)),
        floorRps: median(pairs.map((x) => x.floor)),
        ratios: pairs.map((x) => x.load / x.floor),
        js: await scriptBytes(BASE + p.url, c),
        wire: await wireBytes(BASE + p.url, c),
        errors: seq.errors + pairs.reduce((n, x) => n + x.errors, 0),
      });
    }
    const search = ["typ", "eng"].map((q) =>
      JSON.parse(
        execFileSync("node", ["--conditions=react-server", "--import", "tsx", "scripts/bench-search.ts", db, q], { encoding: "utf8" })
          .trim()
          .split("\n")
          .pop()!,
      ),
    );

    // Each home section's queries in-process (lib/home), for the recruiter and the hiring manager.
    const homeSections = ["recruiter@agency.test", ...(hm ? [hm.email] : [])].flatMap((email) =>
      execFileSync("node", ["--conditions=react-server", "--import", "tsx", "scripts/bench-home.ts", db, email], { encoding: "utf8" })
        .trim()
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as { user: string; section: string; rows: number; p50: number; p95: number }),
    );

    const login = rows[0];
    console.log(
      `\n== ${scale} scale: ${counts.candidates.toLocaleString("en")} candidates, ${counts.roles.toLocaleString("en")} roles, ${counts.applications.toLocaleString("en")} applications, ${counts.interviews.toLocaleString("en")} interviews, ${counts.scorecards.toLocaleString("en")} scorecards, ${counts.trials.toLocaleString("en")} trials ==`,
    );
    console.log(`(${rounds} round${rounds === 1 ? "" : "s"} of 10 s per page and per /login floor; medians, with each round's ratio)`);
    console.log(
      "| page | p50 ms | p95 ms | req/s (10 conn) | /login req/s just before | vs /login | rounds | HTML on wire KB | JS gzip KB | vs /login JS | errors |",
    );
    console.log("|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|");
    const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
    for (const r of rows) {
      console.log(
        `| ${r.name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.rps.toFixed(0)} | ${r.floorRps.toFixed(0)} | ${pct(median(r.ratios))} | ${r.ratios.map(pct).join(" ")} | ${(r.wire.bytes / 1024).toFixed(1)} (${r.wire.encoding}) | ${(r.js / 1024).toFixed(1)} | ${(r.js / login.js).toFixed(2)}× | ${r.errors} |`,
      );
    }
    for (const h of homeSections)
      console.log(`home section "${h.section}" for ${h.user} (${h.rows} rows): p50 ${h.p50.toFixed(2)} ms, p95 ${h.p95.toFixed(2)} ms`);
    for (const s of search) console.log(`search query "${s.q}" (${s.matches} matches): p50 ${s.p50.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms`);
    return rows;
  } finally {
    if (server.pid) await stopServer(server.pid);
  }
}

async function main() {
  if (!fs.existsSync(".next/BUILD_ID")) sh("npx", ["next", "build"]);
  for (const scale of scales) await (workers > 1 ? compareWorkers(scale, workers, benchScale) : benchScale(scale));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
