import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { like } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { backupDatabase, databaseInUse, restoreDatabase, uploadsBeside, verifyDatabaseFile } from "./backup";
import { migrateDatabase, openDatabase } from "./client";
import { candidates } from "./schema";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tb-backup-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const WRITER = path.join(import.meta.dirname, "testing", "ack-writer.ts");

/** A child process writing candidates; `acked` is the highest write it has reported committed. */
function startWriter(file: string) {
  const child = spawn(process.execPath, ["--import", "tsx", WRITER, file], { stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const state = { acked: 0, stop: () => (child.kill("SIGKILL"), exited) };
  let buffer = "";
  child.stdout.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop()!;
    if (lines.length) state.acked = Number(lines.at(-1));
  });
  return state;
}

async function until(check: () => boolean) {
  for (let i = 0; i < 600 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  expect(check()).toBe(true);
}

describe("backup and restore", () => {
  it("backs up under write load and restores every write acknowledged before the backup began", async () => {
    const live = path.join(dir, "live.db");
    const uploads = path.join(dir, "uploads");
    const database = openDatabase(live);
    migrateDatabase(database);
    fs.mkdirSync(path.join(uploads, "resumes"), { recursive: true });
    fs.writeFileSync(path.join(uploads, "resumes", "a1.pdf"), "%PDF-1.4 test");
    database
      .insert(candidates)
      .values({ name: "Has Résumé", email: "r@x.test", emailNormalized: "r@x.test", source: "referral", resumeStoredName: "a1.pdf" })
      .run();

    const writer = startWriter(live);
    try {
      await until(() => writer.acked >= 300);
      const ackedBefore = writer.acked;
      const backup = await backupDatabase(live, path.join(dir, "nightly.db"), uploads);
      const ackedAfter = writer.acked;
      // The app kept writing while the backup ran and after it.
      await until(() => writer.acked >= ackedAfter + 300);
      console.log(
        `backup under load: ${backup.bytes} bytes in ${backup.ms} ms; ${ackedBefore} writes acknowledged before it, ${backup.counts.candidates - 1} in it`,
      );

      expect(backup.integrity).toBe("ok");
      expect(backup.counts.candidates).toBeGreaterThanOrEqual(ackedBefore + 1);
      expect(backup.uploads).toMatchObject({ files: 1, missing: [] });
      expect(fs.readFileSync(path.join(uploadsBeside(backup.file), "resumes", "a1.pdf"), "utf8")).toBe("%PDF-1.4 test");
      await expect(backupDatabase(live, backup.file, uploads)).rejects.toThrow(/already exists/);

      // The restore drill: into a stopped instance whose database has moved on since.
      await writer.stop();
      expect(databaseInUse(live)).toBe(true);
      await expect(restoreDatabase(backup.file, live, uploads, 99)).rejects.toThrow(/in use/);
      database.$client.close();
      expect(databaseInUse(live)).toBe(false);
      const newUploads = path.join(dir, "uploads-restored");
      const restored = await restoreDatabase(backup.file, live, newUploads, 99);

      expect(restored.integrity).toBe("ok");
      expect(restored.counts).toEqual(backup.counts);
      expect(restored.previous && verifyDatabaseFile(restored.previous).counts.candidates).toBeGreaterThan(backup.counts.candidates);
      const reopened = openDatabase(live);
      const emails = new Set(
        reopened
          .select({ email: candidates.email })
          .from(candidates)
          .where(like(candidates.email, "w%@load.test"))
          .all()
          .map((c) => c.email),
      );
      const lost = Array.from({ length: ackedBefore }, (_, i) => `w${i + 1}@load.test`).filter((e) => !emails.has(e));
      expect(lost).toEqual([]);
      expect(reopened.$client.pragma("journal_mode", { simple: true })).toBe("wal");
      reopened.$client.close();
      expect(fs.readFileSync(path.join(newUploads, "resumes", "a1.pdf"), "utf8")).toBe("%PDF-1.4 test");
    } finally {
      await writer.stop();
    }
  }, 60_000);

  it("refuses a file that is not a sound Trialboard database", async () => {
    const stranger = path.join(dir, "stranger.db");
    const other = openDatabase(stranger);
    other.$client.exec("create table t (n)");
    other.$client.close();
    await expect(restoreDatabase(stranger, path.join(dir, "target.db"), path.join(dir, "u"), 99)).rejects.toThrow(/not a Trialboard database/);
    const garbage = path.join(dir, "garbage.db");
    fs.writeFileSync(garbage, "SQLite format 3\0".padEnd(8192, "x"));
    await expect(restoreDatabase(garbage, path.join(dir, "target.db"), path.join(dir, "u"), 99)).rejects.toThrow();
    expect(fs.existsSync(path.join(dir, "target.db"))).toBe(false);
  });
});
