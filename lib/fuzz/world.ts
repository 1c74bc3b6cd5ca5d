import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organizations, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import type { Viewer } from "@/lib/auth/current-user";
import { setKnownTexts } from "./plausible-text";

// The fuzzer's world is the demo agency: every kind of record exists for two clients (Northwind
// Labs, whose users are signed in, and Acme Robotics, another company) and for the agency itself.

export const FUZZ_VIEWERS = {
  admin: "admin@agency.test",
  recruiter: "recruiter@agency.test",
  "hiring manager (A)": "hiring@northwind.test",
  "client viewer (A)": "viewer@northwind.test",
  "hiring manager (B)": "hiring@acme.test",
} as const;
export type FuzzViewerName = keyof typeof FUZZ_VIEWERS | "signed out";

function viewerFor(database: Db, email: string): Viewer {
  const row = database
    .select({ id: users.id, name: users.name, email: users.email, kind: users.kind, org: organizations })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.email, email))
    .get();
  if (!row) throw new Error(`The demo has no ${email}`);
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    kind: row.kind,
    organizationId: row.org.id,
    organizationName: row.org.name,
    organizationKind: row.org.kind,
    sessionId: null,
  };
}

/** Ids per table: the first, the last and a spread between, so ids of every company turn up. */
function idPools(database: Db): Record<string, number[]> {
  const sqlite = database.$client;
  const names = sqlite
    .prepare(
      "select m.name from sqlite_master m where m.type = 'table' and exists (select 1 from pragma_table_info(m.name) c where c.name = 'id' and c.pk = 1)",
    )
    .pluck()
    .all() as string[];
  const pools: Record<string, number[]> = {};
  for (const table of names) {
    const ids = sqlite.prepare(`select id from "${table}" order by id`).pluck().all() as number[];
    const step = Math.max(1, Math.floor(ids.length / 12));
    pools[table] = [...new Set([...ids.filter((_, i) => i % step === 0), ids.at(-1)!].filter((v) => v !== undefined))];
  }
  return pools;
}

/** Candidates' and referees' names and the loops' checklist items: text some actions must match. */
function knownTexts(database: Db): string[] {
  const sqlite = database.$client;
  const column = (q: string) => sqlite.prepare(q).pluck().all() as string[];
  const checklists = column("select distinct checklist from role_loops").flatMap((json) => JSON.parse(json) as string[]);
  return [...column("select name from candidates order by id limit 40"), ...column('select name from "references"'), ...checklists];
}

export type FuzzWorld = { viewers: Record<FuzzViewerName, Viewer | null>; ids: Record<string, number[]> };

export async function seedFuzzWorld(database: Db): Promise<FuzzWorld> {
  await seedDemo(database);
  const viewers = Object.fromEntries(Object.entries(FUZZ_VIEWERS).map(([name, email]) => [name, viewerFor(database, email)])) as Record<
    FuzzViewerName,
    Viewer | null
  >;
  viewers["signed out"] = null;
  setKnownTexts(knownTexts(database));
  return { viewers, ids: idPools(database) };
}
