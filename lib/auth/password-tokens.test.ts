import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditLog, passwordTokens, users } from "@/db/schema";
import { contextFor, makeOrg, makeViewer } from "@/lib/testing/factories";
import { createClientUser, sendPasswordLink, setClientUserActive } from "@/lib/users/client-users";
import { attemptSignIn } from "./sign-in";
import { IP_RULE } from "./throttle";
import { checkPasswordToken, setPasswordWithToken, TOKEN_TTL_MS } from "./password-tokens";

const recruiter = makeViewer("recruiter", makeOrg("agency"));
const client = makeOrg("client", "Token Client");
let n = 0;

async function newClientUser(now = Date.now()) {
  const email = `link${++n}@client.test`;
  const result = await createClientUser(
    { name: `Link Person ${n}`, email, title: "", kind: "client_viewer", organizationId: client.id },
    contextFor(recruiter),
    now,
  );
  if (!result.ok) throw new Error(result.message);
  return { ...result.data!, email };
}
let ipN = 0;
const freshIp = () => `10.1.${Math.floor(++ipN / 250)}.${ipN % 250}`;

describe("a set-password link", () => {
  it("shows whose account it is for, sets the password once, ends older sessions and is audited", async () => {
    const person = await newClientUser();
    const ip = freshIp();
    expect(checkPasswordToken(person.token, ip)).toEqual({
      status: "valid",
      target: expect.objectContaining({ userId: person.userId, name: person.name, companyName: "Token Client" }),
    });

    const now = Date.now();
    expect(await setPasswordWithToken({ token: person.token, password: "my-own-password-1", ip }, now)).toEqual({ status: "done", email: person.email });
    const row = db().select().from(users).where(eq(users.id, person.userId)).get()!;
    expect(row.sessionsValidFrom?.getTime()).toBe(now);
    expect((await attemptSignIn({ email: person.email, password: "my-own-password-1", ip })).outcome).toBe("success");

    // Works once.
    expect(checkPasswordToken(person.token, ip)).toEqual({ status: "invalid" });
    expect(await setPasswordWithToken({ token: person.token, password: "someone-elses-pass", ip })).toEqual({ status: "invalid" });
    expect((await attemptSignIn({ email: person.email, password: "my-own-password-1", ip })).outcome).toBe("success");

    const audits = db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "user.set-password"), eq(auditLog.entityId, String(person.userId))))
      .all();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: person.userId, ip });
    expect(JSON.stringify(audits)).not.toContain(person.token);
  });

  it("two uses at once: only one sets the password", async () => {
    const person = await newClientUser();
    const ip = freshIp();
    const results = await Promise.all([
      setPasswordWithToken({ token: person.token, password: "first-of-the-two", ip }),
      setPasswordWithToken({ token: person.token, password: "second-of-the-two", ip }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["done", "invalid"]);
  });

  it("expires after 7 days (now as an argument)", async () => {
    const issued = Date.UTC(2026, 0, 10, 12);
    const person = await newClientUser(issued);
    expect(checkPasswordToken(person.token, freshIp(), issued + TOKEN_TTL_MS - 1).status).toBe("valid");
    expect(checkPasswordToken(person.token, freshIp(), issued + TOKEN_TTL_MS).status).toBe("invalid");
    expect((await setPasswordWithToken({ token: person.token, password: "too-late-password", ip: freshIp() }, issued + TOKEN_TTL_MS + 1)).status).toBe(
      "invalid",
    );
  });

  it("a new link voids the earlier one; deactivation voids every link", async () => {
    const person = await newClientUser();
    const second = sendPasswordLink({ userId: person.userId }, contextFor(recruiter));
    const token2 = second.ok ? second.data!.token : "";
    expect(checkPasswordToken(person.token, freshIp()).status).toBe("invalid");
    expect(checkPasswordToken(token2, freshIp()).status).toBe("valid");

    setClientUserActive({ userId: person.userId, version: 1 }, false, contextFor(recruiter));
    expect(checkPasswordToken(token2, freshIp()).status).toBe("invalid");
    const third = sendPasswordLink({ userId: person.userId }, contextFor(recruiter));
    expect(third.ok).toBe(false);
  });

  it("stores only the hash: the stored value used as a link does not work", async () => {
    const person = await newClientUser();
    const stored = db().select().from(passwordTokens).where(eq(passwordTokens.userId, person.userId)).get()!;
    expect(checkPasswordToken(stored.tokenHash, freshIp()).status).toBe("invalid");
    expect(checkPasswordToken(person.token, freshIp()).status).toBe("valid");
  });

  it("locks an address out after too many unknown links, as sign-in does, even for a good link", async () => {
    const person = await newClientUser();
    const ip = freshIp();
    const now = Date.now();
    for (let i = 0; i < IP_RULE.maxFailures; i++) {
      expect(checkPasswordToken(`guess-${String(i).padStart(37, "0")}`, ip, now + i).status).toBe("invalid");
    }
    expect(checkPasswordToken(person.token, ip, now + 100).status).toBe("locked");
    expect((await setPasswordWithToken({ token: person.token, password: "locked-out-password", ip }, now + 100)).status).toBe("locked");
    // Another address is not affected, and the lock ends.
    expect(checkPasswordToken(person.token, freshIp(), now + 100).status).toBe("valid");
    expect(checkPasswordToken(person.token, ip, now + IP_RULE.windowMs + IP_RULE.lockMs + 1000).status).toBe("valid");
  });
});
