import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { eq } from "drizzle-orm";
import { organizations, roles } from "@/db/schema";
import { makeOrg, makeViewer } from "@/lib/testing/factories";
import { roleFiltersSchema } from "./schemas";
import { listRoles, searchTerms } from "./queries";

let recruiter: ReturnType<typeof makeViewer>;
let hiringManager: ReturnType<typeof makeViewer>;

const titles = (q: string, viewer = recruiter) =>
  listRoles(viewer, roleFiltersSchema.parse({ q }))
    .rows.map((r) => r.title)
    .sort();

beforeAll(() => {
  const agency = makeOrg("agency");
  const harbor = makeOrg("client", "Harborlight Search Co");
  const quill = makeOrg("client", "Quillfeather Search Ltd");
  recruiter = makeViewer("recruiter", agency);
  hiringManager = makeViewer("hiring_manager", harbor);
  const role = (client: { id: number }, title: string) =>
    db().insert(roles).values({ clientId: client.id, title, type: "senior", status: "open", ownerId: recruiter.id }).run();
  role(harbor, "Zebrafish Backend Lead");
  role(harbor, "Zebrafish Data Engineer");
  role(quill, "Zebrafish Backend Engineer");
  role(quill, "Zebrafish 100%_Remote Engineer");
});

describe("searching /roles", () => {
  it("finds every word in the title or the client's name, in any order and any case", () => {
    expect(titles("zebrafish backend")).toEqual(["Zebrafish Backend Engineer", "Zebrafish Backend Lead"]);
    expect(titles("BACKEND zebrafish")).toEqual(["Zebrafish Backend Engineer", "Zebrafish Backend Lead"]);
    // One word from the client, one from the title.
    expect(titles("harborlight zebrafish")).toEqual(["Zebrafish Backend Lead", "Zebrafish Data Engineer"]);
    expect(titles("quillfeather backend")).toEqual(["Zebrafish Backend Engineer"]);
    expect(titles("zebrafish nothing-like-this")).toEqual([]);
  });

  it("takes % and _ as the characters they are, not as wildcards", () => {
    // Three letters or more go to the index, each a quoted string; shorter ones to LIKE, escaped.
    expect(searchTerms('100%_x a% "q"')).toEqual({ match: '"100%_x" """q"""', like: ["%a\\%%"] });
    expect(titles("zebrafish 100%_")).toEqual(["Zebrafish 100%_Remote Engineer"]);
    expect(titles("zebrafish %")).toEqual(["Zebrafish 100%_Remote Engineer"]);
    expect(titles("zebrafish _")).toEqual(["Zebrafish 100%_Remote Engineer"]);
  });

  it("finds part of a word, with or without its accents, and a renamed client under its new name", () => {
    expect(titles("fish BACK")).toEqual(["Zebrafish Backend Engineer", "Zebrafish Backend Lead"]);
    const client = makeOrg("client", "Société Générale Verte");
    db().insert(roles).values({ clientId: client.id, title: "Zebrafish Platform Lead", type: "lead", status: "open", ownerId: recruiter.id }).run();
    expect(titles("societe zebrafish")).toEqual(["Zebrafish Platform Lead"]);
    expect(titles("générale platform")).toEqual(["Zebrafish Platform Lead"]);
    // Accents typed as separate marks (e + ◌́): the same letters.
    expect(titles("ge\u0301ne\u0301rale platform")).toEqual(["Zebrafish Platform Lead"]);
    expect(titles("zebrafish é")).toEqual(["Zebrafish Platform Lead"]);
    expect(titles("zebrafish e\u0301")).toEqual(["Zebrafish Platform Lead"]);
    db().update(organizations).set({ name: "Verdant Holdings" }).where(eq(organizations.id, client.id)).run();
    expect(titles("verdant zebrafish")).toEqual(["Zebrafish Platform Lead"]);
    expect(titles("societe zebrafish")).toEqual([]);
    // A role's new title is found, its old one is not.
    db().update(roles).set({ title: "Zebrafish Staff Lead" }).where(eq(roles.clientId, client.id)).run();
    expect(titles("verdant staff")).toEqual(["Zebrafish Staff Lead"]);
    expect(titles("verdant platform")).toEqual([]);
  });

  it("keeps to the viewer's scope: a hiring manager finds only their company's roles", () => {
    expect(titles("zebrafish", hiringManager)).toEqual(["Zebrafish Backend Lead", "Zebrafish Data Engineer"]);
    expect(titles("quillfeather", hiringManager)).toEqual([]);
  });

  it("uses every word, however many, and cuts an overlong search instead of ignoring it", () => {
    expect(titles("zebrafish engineer zebrafish engineer zebrafish engineer zebrafish engineer nothing-like-this")).toEqual([]);
    const long = `zebrafish data ${"x".repeat(300)}`;
    expect(roleFiltersSchema.parse({ q: long }).q).toHaveLength(200);
    expect(titles(long)).toEqual([]);
  });

  it("counts what it finds, and an empty search is no filter", () => {
    expect(listRoles(recruiter, roleFiltersSchema.parse({ q: "zebrafish engineer" })).total).toBe(3);
    expect(listRoles(recruiter, roleFiltersSchema.parse({ q: "  " })).total).toBe(listRoles(recruiter, {}).total);
  });
});
