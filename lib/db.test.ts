import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { organizations } from "@/db/schema";
import { db, prepared } from "./db";

describe("the connection's statement cache", () => {
  it("reuses a compiled statement, back in object-row mode even after drizzle used it raw", () => {
    const sqlite = db().$client;
    const first = sqlite.prepare("select 1 as one");
    expect(first.raw().all()).toEqual([[1]]);
    const again = sqlite.prepare("select 1 as one");
    expect(again).toBe(first);
    expect(again.all()).toEqual([{ one: 1 }]);
  });

  it("keeps drizzle's results right when the same SQL runs mapped and unmapped", () => {
    db().insert(organizations).values({ kind: "client", name: "Cache Co" }).run();
    const query = () =>
      db()
        .select({ name: organizations.name })
        .from(organizations)
        .where(sql`${organizations.name} = 'Cache Co'`);
    expect(query().all()).toEqual([{ name: "Cache Co" }]);
    expect(query().values()).toEqual([["Cache Co"]]);
    expect(query().all()).toEqual([{ name: "Cache Co" }]);
  });

  it("builds a prepared query once per connection and runs it with new values each time", () => {
    let builds = 0;
    const byName = () =>
      prepared("test:org-by-name", (d) => {
        builds++;
        return d
          .select({ id: organizations.id })
          .from(organizations)
          .where(sql`${organizations.name} = ${sql.placeholder("name")}`)
          .prepare();
      });
    db().insert(organizations).values({ kind: "client", name: "Prepared Co" }).run();
    expect(byName().all({ name: "Prepared Co" })).toHaveLength(1);
    expect(byName().all({ name: "Nobody" })).toEqual([]);
    expect(builds).toBe(1);
  });
});
