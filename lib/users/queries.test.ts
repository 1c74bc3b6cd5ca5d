import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { users } from "@/db/schema";
import { makeOrg, makeViewer } from "@/lib/testing/factories";
import { listUsers, userPageQuery, USERS_PAGE_SIZE } from "./queries";

describe("the admin's user list", () => {
  it("pages through many users, agency first, then by company and name", () => {
    const agency = makeOrg("agency", "Listing Agency");
    const admin = makeViewer("admin", agency);
    const client = makeOrg("client", "Listing Client");
    for (let i = 0; i < USERS_PAGE_SIZE + 4; i++) makeViewer(i % 3 ? "hiring_manager" : "client_viewer", client);
    const all = listUsers(admin, { q: "listing" });
    expect(all.total).toBe(USERS_PAGE_SIZE + 5);
    expect(all.pages).toBe(2);
    expect(all.rows).toHaveLength(USERS_PAGE_SIZE);
    expect(all.rows[0]).toMatchObject({ id: admin.id, organizationKind: "agency" });
    expect(all.rows.slice(1).every((u) => u.organizationName === "Listing Client")).toBe(true);
    const names = all.rows.slice(1).map((u) => u.name);
    expect(names).toEqual([...names].sort());
    const second = listUsers(admin, { q: "listing", page: 2 });
    expect(second.rows).toHaveLength(5);
    expect(new Set([...all.rows, ...second.rows].map((u) => u.id)).size).toBe(USERS_PAGE_SIZE + 5);
  });

  it("filters by kind, by status, and by words of the name, email or company", () => {
    const agency = makeOrg("agency", "Filter Agency");
    const admin = makeViewer("admin", agency);
    const client = makeOrg("client", "Filterco Widgets");
    const hm = makeViewer("hiring_manager", client);
    const viewer = makeViewer("client_viewer", client);
    db().update(users).set({ active: false, name: "Quentin Filterson" }).where(eq(users.id, viewer.id)).run();
    const ids = (filters: Parameters<typeof listUsers>[1]) => listUsers(admin, filters).rows.map((u) => u.id);
    expect(ids({ q: "filterco" })).toEqual([hm.id, viewer.id]);
    expect(ids({ q: "filterco", kind: "hiring_manager" })).toEqual([hm.id]);
    expect(ids({ q: "filterco", status: "deactivated" })).toEqual([viewer.id]);
    expect(ids({ q: "quentin widgets" })).toEqual([viewer.id]);
    expect(ids({ q: hm.email })).toEqual([hm.id]);
    expect(ids({ q: "filter agency", kind: "admin" })).toEqual([admin.id]);
    expect(ids({ q: "nobody-by-this-name" })).toEqual([]);
  });

  it("orders companies and people by name whatever their case, the agency first", () => {
    const agency = makeOrg("agency", "Casing Agency");
    const admin = makeViewer("admin", agency);
    const lower = makeOrg("client", "casing beta");
    const upper = makeOrg("client", "Casing Alpha");
    const named = (org: ReturnType<typeof makeOrg>, name: string) => {
      const v = makeViewer("hiring_manager", org);
      db().update(users).set({ name }).where(eq(users.id, v.id)).run();
      return v.id;
    };
    const [zed, amy] = [named(lower, "zed Casing"), named(lower, "Amy Casing")];
    const [bob, ann] = [named(upper, "bob Casing"), named(upper, "Ann Casing")];
    expect(listUsers(admin, { q: "casing" }).rows.map((u) => u.id)).toEqual([admin.id, ann, bob, amy, zed]);
  });

  it("reads a page by walking the companies' and their users' name indexes, not by sorting every user", () => {
    const query = userPageQuery(undefined, 1).toSQL();
    const plan = (
      db()
        .$client.prepare(`explain query plan ${query.sql}`)
        .all(...query.params) as { detail: string }[]
    )
      .map((p) => p.detail)
      .join("\n");
    expect(plan).toMatch(/SCAN organizations USING COVERING INDEX organizations_kind_name_idx/);
    expect(plan).toMatch(/SEARCH users USING COVERING INDEX users_organization_name_idx \(organization_id=\?\)/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });

  it("lists nobody for a recruiter", () => {
    const agency = makeOrg("agency");
    makeViewer("admin", agency);
    expect(listUsers(makeViewer("recruiter", agency))).toEqual({ rows: [], total: 0, page: 1, pages: 1 });
  });
});
