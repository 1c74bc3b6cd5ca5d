// Times each home section's queries in-process through lib/home (the code the page runs), for one
// user: p50 and p95 of 200 runs after 20 warm-ups, and how many rows each section showed.
// Run by scripts/bench.ts as: node --conditions=react-server --import tsx scripts/bench-home.ts <db> <email>
import { performance } from "node:perf_hooks";

async function main() {
  const [file, email] = process.argv.slice(2);
  process.env.DATABASE_PATH = file;
  const { db } = await import("../lib/db");
  const { can } = await import("../lib/access");
  const { homeAgenda } = await import("../lib/home/agenda");
  const { staleApplications } = await import("../lib/home/stale");
  const { clientMoves } = await import("../lib/home/client-moves");
  const { awaitingReview } = await import("../lib/home/review");
  const { homeTrials } = await import("../lib/home/trials");
  const { homeSummary } = await import("../lib/home/summary");
  const user = db()
    .$client.prepare(
      "select u.id, u.name, u.email, u.kind, u.organization_id, o.name org, o.kind org_kind from users u join organizations o on o.id = u.organization_id where u.email = ?",
    )
    .get(email) as
    | {
        id: number;
        name: string;
        email: string;
        kind: "admin" | "recruiter" | "hiring_manager" | "client_viewer";
        organization_id: number;
        org: string;
        org_kind: "agency" | "client";
      }
    | undefined;
  if (!user) throw new Error(`no user ${email}`);
  const viewer = {
    id: user.id,
    name: user.name,
    email: user.email,
    kind: user.kind,
    organizationId: user.organization_id,
    organizationName: user.org,
    organizationKind: user.org_kind,
    sessionId: null,
  };
  const now = () => new Date();
  const sections: [string, () => number][] = [["at a glance", () => homeSummary(viewer).length]];
  if (can(viewer, "scorecards:fill")) {
    const window = can(viewer, "home:owned-roles") ? "today-tomorrow" : "upcoming";
    sections.push([
      `interviews (${window}) + scorecards owed`,
      () => {
        const a = homeAgenda(viewer, now(), "UTC", window);
        return a.interviews.length + a.owed.length;
      },
    ]);
  }
  sections.push([
    "trials",
    () => {
      const t = homeTrials(viewer, now());
      return !t ? 0 : t.kind === "attention" ? t.rows.length : t.current.length + t.decided.length;
    },
  ]);
  if (can(viewer, "home:owned-roles")) {
    sections.push(["stale applications", () => staleApplications(viewer, now()).rows.length]);
    sections.push(["client moves", () => clientMoves(viewer, now()).rows.length]);
  }
  if (can(viewer, "home:awaiting-review")) sections.push(["awaiting review", () => awaitingReview(viewer, now()).rows.length]);
  for (const [name, run] of sections) {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < 220; i++) {
      const t = performance.now();
      rows = run();
      if (i >= 20) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(JSON.stringify({ user: email, section: name, rows, p50: times[100], p95: times[190] }));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
