import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Conflict } from "@/lib/action";
import { auditLog, passwordTokens, users } from "@/db/schema";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { hashToken } from "@/lib/auth/password-tokens";
import { contextFor, makeOrg, makeViewer } from "@/lib/testing/factories";
import { createClientUser, sendPasswordLink, setClientUserActive } from "./client-users";
import { createUser, resetPassword, setUserActive } from "./commands";
import { listCompanyUsers } from "./queries";
import type { CreateClientUserInput } from "./schemas";

const agency = makeOrg("agency");
const recruiter = makeViewer("recruiter", agency);
const admin = makeViewer("admin", agency);
let n = 0;
const input = (client: { id: number }, fields: Partial<CreateClientUserInput> = {}): CreateClientUserInput => ({
  name: `Person ${++n}`,
  email: `person${n}@client.test`,
  title: "",
  kind: "client_viewer",
  organizationId: client.id,
  ...fields,
});
const auditsOf = (userId: number) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, String(userId))))
    .all();

describe("a recruiter creating a client's person", () => {
  it("creates them with no usable password, a hashed link token, and both audit rows (never the token)", async () => {
    const client = makeOrg("client");
    const result = await createClientUser(input(client, { email: "new.viewer@client.test" }), contextFor(recruiter));
    expect(result.ok).toBe(true);
    const { userId, token } = result.ok ? result.data! : { userId: 0, token: "" };
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const stored = db().select().from(passwordTokens).where(eq(passwordTokens.userId, userId)).all();
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).toBe(hashToken(token));
    expect(stored[0].tokenHash).not.toContain(token);
    expect(stored[0].createdById).toBe(recruiter.id);

    // Nobody can sign in with any password before they set theirs.
    for (const guess of ["", token, "trialboard-demo"]) {
      expect((await attemptSignIn({ email: "new.viewer@client.test", password: guess, ip: "10.9.9.9" })).outcome).toBe("failure");
    }

    const audits = auditsOf(userId).filter((a) => a.action.startsWith("client-user."));
    expect(audits.map((a) => a.action).sort()).toEqual(["client-user.create", "client-user.password-link"]);
    expect(audits.every((a) => a.actorId === recruiter.id)).toBe(true);
    expect(JSON.stringify(audits)).not.toContain(token);
    expect(JSON.stringify(audits)).not.toContain(hashToken(token));

    const listed = listCompanyUsers(recruiter, client.id);
    expect(listed).toEqual([expect.objectContaining({ id: userId, kind: "client_viewer", active: true, linkPending: true })]);
  });

  it.each(["admin", "recruiter"] as const)("refuses to create an agency %s (field error, nothing written)", async (kind) => {
    const client = makeOrg("client");
    const before = db().select().from(users).all().length;
    const result = await createClientUser(input(client, { kind }), contextFor(recruiter));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors.kind).toMatch(/hiring managers or client viewers/);
    expect(db().select().from(users).all().length).toBe(before);
  });

  it("refuses an agency company as the client, and a duplicate email", async () => {
    const client = makeOrg("client");
    const onAgency = await createClientUser(input(agency), contextFor(recruiter));
    expect(!onAgency.ok && onAgency.fieldErrors.organizationId).toBeTruthy();
    await createClientUser(input(client, { email: "twice@client.test" }), contextFor(recruiter));
    const again = await createClientUser(input(client, { email: "twice@client.test" }), contextFor(recruiter));
    expect(!again.ok && again.fieldErrors.email).toBe("A user with this email already exists");
  });

  it.each(["hiring_manager", "client_viewer"] as const)("refuses a %s: not found, nothing written", async (kind) => {
    const client = makeOrg("client");
    const clientUser = makeViewer(kind, client);
    const target = makeViewer("client_viewer", client);
    const before = db().select().from(users).all().length;
    const ctx = contextFor(clientUser);
    for (const result of [
      await createClientUser(input(client), ctx),
      sendPasswordLink({ userId: target.id }, ctx),
      setClientUserActive({ userId: target.id, version: 1 }, false, ctx),
    ]) {
      expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^Not found/) });
    }
    expect(db().select().from(users).all().length).toBe(before);
    expect(db().select().from(passwordTokens).where(eq(passwordTokens.userId, target.id)).all()).toEqual([]);
  });
});

describe("managing a client's person", () => {
  it("a new link voids the earlier unused one and is audited without the token", async () => {
    const client = makeOrg("client");
    const created = await createClientUser(input(client), contextFor(recruiter));
    const first = created.ok ? created.data! : null;
    const second = sendPasswordLink({ userId: first!.userId }, contextFor(admin));
    expect(second.ok).toBe(true);
    const rows = db().select().from(passwordTokens).where(eq(passwordTokens.userId, first!.userId)).all();
    const live = rows.filter((r) => r.expiresAt.getTime() > Date.now() && !r.usedAt);
    expect(live.map((r) => r.tokenHash)).toEqual([hashToken(second.ok ? second.data!.token : "")]);
    expect(JSON.stringify(auditsOf(first!.userId))).not.toContain(second.ok ? second.data!.token : "x");
  });

  it("does not reach agency users (not found)", () => {
    expect(sendPasswordLink({ userId: admin.id }, contextFor(recruiter))).toMatchObject({ ok: false, message: expect.stringMatching(/^Not found/) });
    expect(setClientUserActive({ userId: admin.id, version: 1 }, false, contextFor(recruiter))).toMatchObject({ ok: false });
  });

  it("deactivation is version-checked, ends their sessions and links, and is audited; reactivation undoes it", async () => {
    const client = makeOrg("client");
    const created = await createClientUser(input(client), contextFor(recruiter));
    const userId = created.ok ? created.data!.userId : 0;
    const now = Date.now();

    expect(setClientUserActive({ userId, version: 1 }, false, contextFor(recruiter), now)).toMatchObject({ ok: true });
    // The loser of a race is told (the action wrapper turns the Conflict into its message), and nothing changes.
    expect(() => setClientUserActive({ userId, version: 1 }, true, contextFor(admin), now)).toThrow(Conflict);
    expect(() => setClientUserActive({ userId, version: 1 }, true, contextFor(admin), now)).toThrow(/changed by someone else/);

    const row = db().select().from(users).where(eq(users.id, userId)).get()!;
    expect(row).toMatchObject({ active: false, version: 2 });
    expect(row.sessionsValidFrom?.getTime()).toBe(now);
    expect(listCompanyUsers(recruiter, client.id)[0]).toMatchObject({ active: false, linkPending: false });
    expect(sendPasswordLink({ userId }, contextFor(recruiter))).toMatchObject({ ok: false, message: expect.stringMatching(/reactivate them first/) });

    // Their link was still pending when they were deactivated: reactivated, they are told to get a new one.
    expect(setClientUserActive({ userId, version: 2 }, true, contextFor(recruiter))).toMatchObject({
      ok: true,
      message: expect.stringMatching(/active again\. Their set-password link ended when they were deactivated: send them a new link/),
    });
    expect(auditsOf(userId).map((a) => a.action)).toEqual(
      expect.arrayContaining(["client-user.create", "client-user.password-link", "client-user.deactivate", "client-user.reactivate"]),
    );
  });
});

describe("reactivating a client user", () => {
  it("is only told to send a link when the deactivation ended one they had not used, by the admin's list as by the client page", async () => {
    const client = makeOrg("client");
    const created = await createClientUser(input(client), contextFor(recruiter));
    const userId = created.ok ? created.data!.userId : 0;
    // They set their password: the link is used, and a later deactivation ends nothing.
    db().update(passwordTokens).set({ usedAt: new Date() }).where(eq(passwordTokens.userId, userId)).run();
    expect(setUserActive({ userId, version: 1 }, false, contextFor(admin))).toMatchObject({ ok: true });
    expect(setUserActive({ userId, version: 2 }, true, contextFor(admin))).toMatchObject({
      ok: true,
      message: `${created.ok && created.data!.name} is active again.`,
    });
    // A new link, then deactivated and reactivated from the admin's list: this one ended.
    expect(sendPasswordLink({ userId }, contextFor(recruiter))).toMatchObject({ ok: true });
    expect(setUserActive({ userId, version: 3 }, false, contextFor(admin))).toMatchObject({ ok: true });
    expect(setUserActive({ userId, version: 4 }, true, contextFor(admin))).toMatchObject({ ok: true, message: expect.stringMatching(/send them a new link/) });
  });
});

describe("the admin's user form", () => {
  it("creates a client user through the link flow, ignoring a typed password", async () => {
    const client = makeOrg("client");
    const result = await createUser(
      { name: "Via Admin", email: "via.admin@client.test", title: "", kind: "hiring_manager", organizationId: client.id, password: "typed-by-the-admin" },
      contextFor(admin),
    );
    expect(result.ok && "token" in result.data!).toBe(true);
    expect((await attemptSignIn({ email: "via.admin@client.test", password: "typed-by-the-admin", ip: "10.9.9.8" })).outcome).toBe("failure");
  });

  it("still creates agency users with the typed password, and refuses to type one for a client user", async () => {
    const result = await createUser(
      {
        name: "New Recruiter",
        email: "new.recruiter@agency.test",
        title: "",
        kind: "recruiter",
        organizationId: agency.id,
        password: "a-long-enough-password",
      },
      contextFor(admin),
    );
    expect(result.ok).toBe(true);
    expect((await attemptSignIn({ email: "new.recruiter@agency.test", password: "a-long-enough-password", ip: "10.9.9.7" })).outcome).toBe("success");

    const viewer = makeViewer("client_viewer", makeOrg("client"));
    const reset = await resetPassword({ userId: viewer.id, version: 1, password: "typed-by-the-admin" }, contextFor(admin));
    expect(reset).toMatchObject({ ok: false, message: expect.stringMatching(/set-password link/) });
  });
});
