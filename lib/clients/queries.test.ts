import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { clientContacts, roles } from "@/db/schema";
import { makeOrg, makeRole, makeViewer } from "@/lib/testing/factories";
import { CLIENTS_PAGE_SIZE, listClients } from "./queries";

describe("the client list", () => {
  it("counts each company's own users, contacts and open roles, for several companies of different sizes", () => {
    const admin = makeViewer("admin", makeOrg("agency"));
    const sizes = [
      { name: "Counts Zero", users: 0, contacts: 0, openRoles: 0 },
      { name: "Counts One", users: 1, contacts: 3, openRoles: 2 },
      { name: "Counts Three", users: 3, contacts: 1, openRoles: 1 },
    ];
    for (const size of sizes) {
      const org = makeOrg("client", size.name);
      for (let i = 0; i < size.users; i++) makeViewer(i % 2 ? "client_viewer" : "hiring_manager", org);
      for (let i = 0; i < size.contacts; i++)
        db()
          .insert(clientContacts)
          .values({ organizationId: org.id, name: `${size.name} contact ${i}` })
          .run();
      for (let i = 0; i < size.openRoles; i++) makeRole(org, admin);
      // A closed role is not an open one.
      const closed = makeRole(org, admin);
      db().update(roles).set({ status: "closed" }).where(eq(roles.id, closed.id)).run();
    }
    const listed = listClients(admin, { q: "Counts" }).rows;
    expect(listed.map(({ name, users, contacts, openRoles }) => ({ name, users, contacts, openRoles }))).toEqual(
      [...sizes].sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

  it("pages through many companies by name, and finds one by every word of its name in any order", () => {
    const admin = makeViewer("admin", makeOrg("agency"));
    const names = Array.from({ length: CLIENTS_PAGE_SIZE + 3 }, (_, i) => `Paged ${String(i).padStart(2, "0")} Robotics`);
    for (const name of [...names].reverse()) makeOrg("client", name);
    const first = listClients(admin, { q: "paged robotics" });
    expect(first.total).toBe(names.length);
    expect(first.pages).toBe(2);
    expect(first.rows.map((c) => c.name)).toEqual(names.slice(0, CLIENTS_PAGE_SIZE));
    const second = listClients(admin, { q: "paged robotics", page: 2 });
    expect(second.rows.map((c) => c.name)).toEqual(names.slice(CLIENTS_PAGE_SIZE));
    // A page past the last shows the last.
    expect(listClients(admin, { q: "paged robotics", page: 9 }).page).toBe(2);
    expect(listClients(admin, { q: "robotics 07 paged" }).rows.map((c) => c.name)).toEqual(["Paged 07 Robotics"]);
    // LIKE's wildcards are plain characters here.
    expect(listClients(admin, { q: "paged_%" }).total).toBe(0);
  });

  it("lists nothing for a client user", () => {
    const org = makeOrg("client");
    expect(listClients(makeViewer("hiring_manager", org))).toEqual({ rows: [], total: 0, page: 1, pages: 1 });
  });
});
