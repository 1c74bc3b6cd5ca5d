import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { makeOrg } from "@/lib/testing/factories";
import { stateTracker, tableChecksum } from "./checksum";

// The fuzzer's "no partial write" check has to see a write, and not see one that was rolled back.

describe("the fuzzer's state tracker", () => {
  const sqlite = () => db().$client;

  it("sees a committed write, whichever table it touches", () => {
    const org = makeOrg("client", "Tracked");
    const tracker = stateTracker(sqlite());
    const mark = tracker.mark();
    db().run(sql`update organizations set notes = 'changed' where id = ${org.id}`);
    expect(tracker.since(mark).changed).toBe(true);
  });

  it("does not count a rolled-back write, or an audit row", () => {
    const org = makeOrg("client", "Rolled back");
    const tracker = stateTracker(sqlite());
    const mark = tracker.mark();
    expect(() =>
      db().transaction((tx) => {
        tx.run(sql`update organizations set name = 'partial' where id = ${org.id}`);
        throw new Error("boom");
      }),
    ).toThrow("boom");
    writeAudit(db(), { actorId: null, action: "access.denied", ip: "127.0.0.1" });
    const after = tracker.since(mark);
    expect(after.changed).toBe(false);
    expect(after.audits.map((a) => a.action)).toEqual(["access.denied"]);
  });

  it("hashes every value, blobs and NULs included", () => {
    const before = tableChecksum(sqlite());
    const org = makeOrg("client", "a\u0000b");
    expect(tableChecksum(sqlite())).not.toBe(before);
    const withNul = tableChecksum(sqlite());
    db().run(sql`update organizations set name = 'a' where id = ${org.id}`);
    expect(tableChecksum(sqlite())).not.toBe(withNul);
  });
});
