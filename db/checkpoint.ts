import fs from "node:fs";
import type Database from "better-sqlite3";

// With several server processes on one database (WORKERS=N), one process owns WAL checkpoints:
// the workers turn SQLite's automatic checkpoint off (it would run inside whichever request
// committed past 1,000 pages, in any worker, adding its I/O to that request), and the cluster's
// primary calls checkpointWal every few seconds instead.

export type CheckpointOutcome = {
  mode: "passive" | "truncate";
  /** The -wal file's size before the checkpoint. */
  walBytes: number;
  /** True when readers or a writer kept the checkpoint from finishing; the next tick tries again. */
  busy: boolean;
};

/** How long a TRUNCATE checkpoint may wait for readers; writers wait behind it meanwhile. */
const TRUNCATE_WAIT_MS = 1000;

/**
 * A PASSIVE checkpoint (copies what it can, never waits, so the WAL is reused from its start
 * once readers let it), or a TRUNCATE one once the -wal file has grown past `limitBytes`. A WAL
 * only grows past what PASSIVE keeps up with while some read holds an old snapshot, so TRUNCATE
 * waits (briefly) for readers to move on, then empties the file: a long read cannot leave the WAL
 * large for good. `sqlite` must be a connection of its own, not one serving requests.
 */
export function checkpointWal(sqlite: Database.Database, file: string, limitBytes: number): CheckpointOutcome {
  const walBytes = fileSize(`${file}-wal`);
  const mode = walBytes >= limitBytes ? "truncate" : "passive";
  const previous = sqlite.pragma("busy_timeout", { simple: true }) as number;
  if (mode === "truncate") sqlite.pragma(`busy_timeout = ${TRUNCATE_WAIT_MS}`);
  try {
    const [row] = sqlite.pragma(`wal_checkpoint(${mode.toUpperCase()})`) as { busy: number; log: number; checkpointed: number }[];
    return { mode, walBytes, busy: row.busy !== 0 || (mode === "truncate" && fileSize(`${file}-wal`) > 0) };
  } finally {
    if (mode === "truncate") sqlite.pragma(`busy_timeout = ${previous}`);
  }
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}
