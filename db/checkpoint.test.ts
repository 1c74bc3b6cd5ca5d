import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { checkpointWal } from "./checkpoint";
import { openDatabase } from "./client";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tb-checkpoint-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A worker's connection (automatic checkpoints off) that has written about `mb` MB to the WAL. */
function workerWrote(file: string, mb: number): Database.Database {
  const worker = openDatabase(file).$client;
  worker.pragma("wal_autocheckpoint = 0");
  worker.exec("create table if not exists blobs (b blob)");
  const insert = worker.prepare("insert into blobs values (randomblob(65536))");
  for (let i = 0; i < mb * 16; i++) insert.run();
  return worker;
}

const walSize = (file: string) => fs.statSync(`${file}-wal`).size;

describe("checkpointWal (the primary's WAL checkpoints)", () => {
  it("runs a PASSIVE checkpoint under the limit, leaving the file in place for reuse", () => {
    const file = path.join(dir, "small.db");
    const worker = workerWrote(file, 1);
    const owner = openDatabase(file).$client;
    const outcome = checkpointWal(owner, file, 64 * 1024 * 1024);
    expect(outcome).toMatchObject({ mode: "passive", busy: false });
    expect(outcome.walBytes).toBeGreaterThan(1024 * 1024);
    expect(walSize(file)).toBe(outcome.walBytes);
    worker.close();
    owner.close();
  });

  it("truncates the WAL once it passes the limit, after a long read ends", () => {
    const file = path.join(dir, "large.db");
    const worker = workerWrote(file, 1);
    const owner = openDatabase(file).$client;
    // A long read holds an old snapshot while writes go on: nothing after it can be checkpointed.
    const reader = openDatabase(file).$client;
    reader.exec("begin");
    reader.prepare("select count(*) from blobs").get();
    const insert = worker.prepare("insert into blobs values (randomblob(65536))");
    for (let i = 0; i < 48; i++) insert.run();
    const blocked = checkpointWal(owner, file, 2 * 1024 * 1024);
    expect(blocked).toMatchObject({ mode: "truncate", busy: true });
    expect(walSize(file)).toBeGreaterThan(2 * 1024 * 1024);
    // Writers were only held up for the checkpoint's short wait, not blocked for good.
    insert.run();

    reader.exec("commit");
    const done = checkpointWal(owner, file, 2 * 1024 * 1024);
    expect(done).toMatchObject({ mode: "truncate", busy: false });
    expect(walSize(file)).toBe(0);
    expect(owner.pragma("busy_timeout", { simple: true })).toBe(5000);
    expect(owner.pragma("integrity_check", { simple: true })).toBe("ok");
    expect((worker.prepare("select count(*) n from blobs").get() as { n: number }).n).toBe(16 + 48 + 1);
    for (const c of [worker, owner, reader]) c.close();
  });
});
