import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { auditLog, users } from "@/db/schema";
import { checkPasswordToken, issuePasswordToken } from "@/lib/auth/password-tokens";
import type { Viewer } from "@/lib/auth/current-user";
import { makeOrg, makeViewer } from "@/lib/testing/factories";

// Correcting a user, as a caller posting the actions directly would reach them: the session is
// whoever the test says is signed in.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/current-user", () => ({ currentUser: async () => session.viewer }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "trialboard.test" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { createUserAction, editUserAction } = await import("./actions");
const { editClientUserAction } = await import("../../clients/people-actions");

const agency = makeOrg("agency");
const client = makeOrg("client", "Edit Client");
const row = (id: number) => db().select().from(users).where(eq(users.id, id)).get()!;
const audits = (actorId: number) => db().select().from(auditLog).where(eq(auditLog.actorId, actorId)).all();
const edit = (target: { id: number; name: string; email: string }, changes: Record<string, string | number> = {}) => ({
  userId: target.id,
  version: row(target.id).version,
  name: target.name,
  email: target.email,
  title: "",
  ...changes,
});

describe("correcting a user", () => {
  it("an admin corrects a recruiter's name and email and makes them an admin: they sign in with the new email, audited by field", async () => {
    session.viewer = makeViewer("admin", agency);
    const recruiter = makeViewer("recruiter", agency);
    const result = await editUserAction(null, edit(recruiter, { name: "Rita Renamed", email: "Rita@Agency.test", kind: "admin" }));
    expect(result).toMatchObject({ ok: true, message: "Saved Rita Renamed." });
    expect(row(recruiter.id)).toMatchObject({ name: "Rita Renamed", email: "rita@agency.test", kind: "admin", version: 2 });
    expect(audits(session.viewer.id).map((a) => [a.action, a.entityId, a.details])).toEqual([
      ["user.update", String(recruiter.id), { fields: ["name", "email", "kind"], kind: { from: "recruiter", to: "admin" } }],
    ]);
  });

  it("an email another user has is refused next to the field, and nothing is written", async () => {
    session.viewer = makeViewer("admin", agency);
    const first = makeViewer("recruiter", agency);
    const second = makeViewer("recruiter", agency);
    const result = await editUserAction(null, edit(second, { name: "Changed too", email: first.email }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: "A user with this email already exists" } });
    expect(row(second.id)).toMatchObject({ name: second.name, email: second.email, version: 1 });
  });

  it("an admin cannot change their own kind, and a client user's kind stays", async () => {
    const admin = makeViewer("admin", agency);
    session.viewer = admin;
    expect(await editUserAction(null, edit(admin, { kind: "recruiter" }))).toMatchObject({
      ok: false,
      fieldErrors: { kind: "You cannot change your own kind; another admin can" },
    });
    const manager = makeViewer("hiring_manager", client);
    expect(await editUserAction(null, edit(manager, { kind: "client_viewer" }))).toMatchObject({
      ok: false,
      fieldErrors: { kind: expect.stringMatching(/kind stays/) },
    });
    const recruiter = makeViewer("recruiter", agency);
    expect(await editUserAction(null, edit(recruiter, { kind: "hiring_manager" }))).toMatchObject({
      ok: false,
      fieldErrors: { kind: "Agency users are admins or recruiters" },
    });
    expect([row(admin.id).kind, row(manager.id).kind, row(recruiter.id).kind]).toEqual(["admin", "hiring_manager", "recruiter"]);
  });

  it("the loser of two edits at the same version is told, and the winner's change stands", async () => {
    session.viewer = makeViewer("admin", agency);
    const target = makeViewer("recruiter", agency);
    const first = edit(target, { name: "First Name" });
    const second = edit(target, { name: "Second Name" });
    expect(await editUserAction(null, first)).toMatchObject({ ok: true });
    expect(await editUserAction(null, second)).toMatchObject({ ok: false, conflict: true, message: expect.stringMatching(/changed by someone else/) });
    expect(row(target.id).name).toBe("First Name");
  });

  it("a recruiter corrects a client's hiring manager from the client page, but finds no agency user there", async () => {
    const recruiter = makeViewer("recruiter", agency);
    session.viewer = recruiter;
    const manager = makeViewer("hiring_manager", client);
    expect(await editClientUserAction(null, edit(manager, { title: "VP Engineering" }))).toMatchObject({ ok: true });
    expect(row(manager.id).title).toBe("VP Engineering");
    const colleague = makeViewer("recruiter", agency);
    expect(await editClientUserAction(null, edit(colleague, { name: "Renamed by a peer" }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Not found/),
    });
    expect(row(colleague.id).name).toBe(colleague.name);
    // Nor through the admin's action: that needs users:manage.
    expect(await editUserAction(null, edit(colleague, { name: "Renamed by a peer" }))).toMatchObject({ ok: false });
    expect(row(colleague.id).name).toBe(colleague.name);
  });

  it("a client user's corrected email ends the old one's link, password and sessions: they need a new link", async () => {
    const recruiter = makeViewer("recruiter", agency);
    session.viewer = recruiter;
    const manager = makeViewer("hiring_manager", client);
    const { token } = db().transaction((tx) => issuePasswordToken(tx, { userId: manager.id, createdById: recruiter.id }, Date.now()));
    expect(checkPasswordToken(token, "10.1.1.1").status).toBe("valid");
    const before = row(manager.id);
    const result = await editClientUserAction(null, edit(manager, { email: "corrected@client.test" }));
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/send them a new set-password link/) });
    expect(checkPasswordToken(token, "10.1.1.1").status).toBe("invalid");
    const after = row(manager.id);
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(after.sessionsValidFrom).not.toBeNull();
    // A title alone changes nothing of that.
    const titled = await editClientUserAction(null, edit({ ...manager, email: "corrected@client.test" }, { title: "CTO" }));
    expect(titled).toMatchObject({ ok: true, message: `Saved ${manager.name}.` });
    expect(row(manager.id).passwordHash).toBe(after.passwordHash);
  });

  it("two admins demoting each other at once: the second is no longer an admin, is told, and one admin stays", async () => {
    const first = makeViewer("admin", agency);
    const second = makeViewer("admin", agency);
    const firstForm = edit(second, { kind: "recruiter" });
    const secondForm = edit(first, { kind: "recruiter" });
    session.viewer = first;
    expect(await editUserAction(null, firstForm)).toMatchObject({ ok: true });
    // The second admin's page was drawn before: their session still says admin.
    session.viewer = second;
    expect(await editUserAction(null, secondForm)).toMatchObject({ ok: false, conflict: true, message: expect.stringMatching(/own rights changed/) });
    expect([row(first.id).kind, row(second.id).kind]).toEqual(["admin", "recruiter"]);
  });

  it.each(["hiring_manager", "client_viewer"] as const)("a %s posting either action is answered not found and nothing changes", async (kind) => {
    session.viewer = makeViewer(kind, client);
    const peer = makeViewer("client_viewer", client);
    for (const post of [editUserAction, editClientUserAction]) {
      expect(await post(null, edit(peer, { name: "Forged" }))).toMatchObject({ ok: false, message: expect.stringMatching(/^Not found/) });
    }
    expect(row(peer.id)).toMatchObject({ name: peer.name, version: 1 });
  });
});

describe("creating a user", () => {
  it("offers the new user in the list (which shows a page of users) for agency and client users alike, with a client user's link", async () => {
    session.viewer = makeViewer("admin", agency);
    const agencyUser = await createUserAction(null, {
      name: "Ada Agency",
      email: "ada.agency@create.test",
      title: "",
      kind: "recruiter",
      organizationId: agency.id,
      password: "a-long-enough-password",
      passwordConfirm: "a-long-enough-password",
    });
    expect(agencyUser).toMatchObject({ ok: true, link: { href: "/settings/users?q=ada.agency%40create.test", label: "Show Ada Agency" } });
    const clientUser = await createUserAction(null, {
      name: "Cleo Client",
      email: "cleo@create.test",
      title: "",
      kind: "client_viewer",
      organizationId: client.id,
    });
    expect(clientUser).toMatchObject({
      ok: true,
      data: { link: expect.stringMatching(/\/set-password\//) },
      link: { href: "/settings/users?q=cleo%40create.test", label: "Show Cleo Client" },
    });
  });
});
