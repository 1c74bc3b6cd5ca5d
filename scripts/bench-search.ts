// Times the candidate search query itself, in-process through lib/ (the code the page runs).
// Run by scripts/bench.ts as: node --conditions=react-server --import tsx scripts/bench-search.ts <db> <q>
import { performance } from "node:perf_hooks";

async function main() {
  const [file, q] = process.argv.slice(2);
  process.env.DATABASE_PATH = file;
  const { searchCandidates } = await import("../lib/candidates/queries");
  const viewer = {
    id: 2,
    name: "Bench",
    email: "bench@agency.test",
    kind: "recruiter" as const,
    organizationId: 1,
    organizationName: "Agency",
    organizationKind: "agency" as const,
    sessionId: null,
  };
  const times: number[] = [];
  let total = 0;
  let atLeast = false;
  for (let i = 0; i < 220; i++) {
    const t = performance.now();
    ({ total, atLeast } = searchCandidates(viewer, { q }));
    if (i >= 20) times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      q,
      matches: `${total.toLocaleString("en")}${atLeast ? "+" : ""}`,
      p50: times[Math.floor(times.length * 0.5)],
      p95: times[Math.floor(times.length * 0.95)],
    }),
  );
}

void main();
