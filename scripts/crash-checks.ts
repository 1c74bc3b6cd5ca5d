// The checks of scripts/crash-test.ts, run on the database after each SIGKILL, before the restart.
import type Database from "better-sqlite3";

export type Acked = {
  notes: string[];
  checkIns: string[];
  /** Moves the server acknowledged: the application was at `version` and went to `to`. */
  moves: { id: number; version: number; to: string }[];
};

/** Problems found (empty when all is well); `versions` is updated with what the database holds now. */
export function checkAfterCrash(sqlite: Database.Database, acked: Acked, versions: Map<number, number>): { problems: string[]; checked: number } {
  const problems: string[] = [];
  const integrity = sqlite.pragma("integrity_check", { simple: true });
  if (integrity !== "ok") problems.push(`integrity_check: ${String(integrity)}`);

  // Every acknowledged write is there.
  const present = (sql: string, values: string[]) => {
    const found = new Set<string>();
    for (let i = 0; i < values.length; i += 500) {
      const chunk = values.slice(i, i + 500);
      for (const v of sqlite
        .prepare(`${sql} in (${chunk.map(() => "?").join(",")})`)
        .pluck()
        .all(...chunk) as string[])
        found.add(v);
    }
    return values.filter((v) => !found.has(v));
  };
  const lostNotes = present("select body from notes where body", acked.notes);
  const lostCheckIns = present("select note from trial_check_ins where note", acked.checkIns);
  if (lostNotes.length) problems.push(`${lostNotes.length} acknowledged notes missing, e.g. ${lostNotes[0]}`);
  if (lostCheckIns.length) problems.push(`${lostCheckIns.length} acknowledged check-ins missing, e.g. ${lostCheckIns[0]}`);

  const apps = new Map(
    (sqlite.prepare("select id, stage, version from applications").all() as { id: number; stage: string; version: number }[]).map((a) => [a.id, a]),
  );
  // An acknowledged move is in the application's version: at least the move's, and if no later
  // move was made, the stage it moved to.
  const latest = new Map<number, { version: number; to: string }>();
  for (const m of acked.moves) if ((latest.get(m.id)?.version ?? -1) < m.version) latest.set(m.id, m);
  for (const [id, m] of latest) {
    const app = apps.get(id)!;
    if (app.version < m.version + 1)
      problems.push(`application ${id}: move to ${m.to} at version ${m.version} acknowledged, but it is at version ${app.version}`);
    else if (app.version === m.version + 1 && app.stage !== m.to) problems.push(`application ${id}: acknowledged move to ${m.to}, but it is in ${app.stage}`);
  }

  // The stage history agrees with each application's stage: its last event moved it there, and only
  // that event is still open.
  const last = sqlite
    .prepare(
      `select e.application_id id, e.to_stage stage, e.left_at left_at, (select count(*) from stage_events o where o.application_id = e.application_id and o.left_at is null
          and o.undoes_id is null and not exists (select 1 from stage_events x where x.undoes_id = o.id)) open
        from stage_events e where e.id = (select max(id) from stage_events l where l.application_id = e.application_id)`,
    )
    .all() as { id: number; stage: string; left_at: number | null; open: number }[];
  for (const e of last) {
    const app = apps.get(e.id);
    if (app && app.stage !== e.stage) problems.push(`application ${e.id} is in ${app.stage}, but its last stage event moved it to ${e.stage}`);
    // An Undo and the move it takes back stay open (no stay of theirs is counted, migration 0025): the open stay is the latest one that stands.
    if (e.left_at !== null || e.open !== 1) problems.push(`application ${e.id}: its stage history has ${e.open} open stays`);
  }

  // Versions only grow.
  for (const [id, app] of apps) {
    const before = versions.get(id);
    if (before !== undefined && app.version < before) problems.push(`application ${id}: version went back from ${before} to ${app.version}`);
    versions.set(id, app.version);
  }
  return { problems, checked: acked.notes.length + acked.checkIns.length + acked.moves.length };
}
