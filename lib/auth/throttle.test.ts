import { describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db";
import { auditLog, organizations, users } from "@/db/schema";
import { hashPassword } from "./password";
import { attemptSignIn } from "./sign-in";
import { ACCOUNT_RULE, IP_RULE, lockedUntil } from "./throttle";

const MIN = 60_000;

describe("lockedUntil", () => {
  const rule = ACCOUNT_RULE;
  it.each([
    { name: "no failures", failures: [], now: 0, expected: null },
    { name: "four failures", failures: [0, 1, 2, 3].map((m) => m * MIN), now: 4 * MIN, expected: null },
    { name: "five within 15 minutes", failures: [0, 1, 2, 3, 4].map((m) => m * MIN), now: 5 * MIN, expected: 19 * MIN },
    { name: "still locked just before the end", failures: [0, 1, 2, 3, 4].map((m) => m * MIN), now: 19 * MIN - 1, expected: 19 * MIN },
    { name: "unlocked at the end", failures: [0, 1, 2, 3, 4].map((m) => m * MIN), now: 19 * MIN, expected: null },
    { name: "five spread over more than 15 minutes", failures: [0, 4, 8, 12, 16].map((m) => m * MIN), now: 17 * MIN, expected: null },
    { name: "a later burst", failures: [0, 20, 21, 22, 23, 24].map((m) => m * MIN), now: 25 * MIN, expected: 39 * MIN },
  ])("$name", ({ failures, now, expected }) => {
    expect(lockedUntil(failures, now, rule)).toBe(expected);
  });

  it("the IP rule needs 30 failures", () => {
    const times = Array.from({ length: 29 }, (_, i) => i * 1000);
    expect(lockedUntil(times, 30_000, IP_RULE)).toBeNull();
    expect(lockedUntil([...times, 29_000], 30_000, IP_RULE)).toBe(29_000 + 15 * MIN);
  });
});

describe("attemptSignIn (real database, injected clock)", async () => {
  const org = db().insert(organizations).values({ kind: "agency", name: "Throttle Test Agency" }).returning().get();
  const passwordHash = await hashPassword("the-right-password");
  db().insert(users).values({ organizationId: org.id, kind: "recruiter", name: "T", email: "t@agency.test", passwordHash }).run();
  db().insert(users).values({ organizationId: org.id, kind: "recruiter", name: "U", email: "u@agency.test", passwordHash }).run();
  const t0 = Date.UTC(2026, 0, 1, 9);

  it("locks an account after 5 failures for 15 minutes, even for the right password", async () => {
    for (let i = 0; i < 5; i++) {
      expect((await attemptSignIn({ email: "T@agency.test", password: "wrong", ip: "10.0.0.1" }, t0 + i * 1000)).outcome).toBe("failure");
    }
    const locked = await attemptSignIn({ email: "t@agency.test", password: "the-right-password", ip: "10.0.0.1" }, t0 + 10 * MIN);
    expect(locked).toEqual({ outcome: "locked", until: t0 + 4000 + 15 * MIN });
    const after = await attemptSignIn({ email: "t@agency.test", password: "the-right-password", ip: "10.0.0.1" }, t0 + 4000 + 15 * MIN);
    expect(after.outcome).toBe("success");
  });

  it("locks an address after 30 failures across accounts", async () => {
    const start = t0 + 60 * MIN;
    for (let i = 0; i < 30; i++) {
      await attemptSignIn({ email: `nobody${i}@agency.test`, password: "wrong", ip: "10.0.0.2" }, start + i * 100);
    }
    const locked = await attemptSignIn({ email: "u@agency.test", password: "the-right-password", ip: "10.0.0.2" }, start + 5 * MIN);
    expect(locked.outcome).toBe("locked");
    const otherIp = await attemptSignIn({ email: "u@agency.test", password: "the-right-password", ip: "10.0.0.3" }, start + 5 * MIN);
    expect(otherIp.outcome).toBe("success");
  });

  it("audits every attempt", () => {
    const actions = db()
      .select({ action: auditLog.action })
      .from(auditLog)
      .all()
      .map((r) => r.action);
    expect(actions.filter((a) => a === "auth.sign-in-failed")).toHaveLength(35);
    expect(actions.filter((a) => a === "auth.sign-in-locked")).toHaveLength(2);
    expect(actions.filter((a) => a === "auth.sign-in")).toHaveLength(2);
  });
});

describe("parallel guesses", async () => {
  const org = db().insert(organizations).values({ kind: "agency", name: "Parallel Agency" }).returning().get();
  db()
    .insert(users)
    .values({ organizationId: org.id, kind: "recruiter", name: "P", email: "p@agency.test", passwordHash: await hashPassword("the-right-password") })
    .run();

  it("cannot outrun the account lock: of 12 at once, only 5 are checked", async () => {
    const t = Date.UTC(2026, 5, 1, 9);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        attemptSignIn({ email: "p@agency.test", password: i === 11 ? "the-right-password" : `guess-${i}`, ip: `10.1.0.${i}` }, t + i),
      ),
    );
    expect(results.filter((r) => r.outcome === "failure")).toHaveLength(5);
    expect(results.filter((r) => r.outcome === "locked")).toHaveLength(7);
  });
});

describe("a restart", async () => {
  const org = db().insert(organizations).values({ kind: "agency", name: "Restart Agency" }).returning().get();
  db()
    .insert(users)
    .values({ organizationId: org.id, kind: "recruiter", name: "R", email: "r@agency.test", passwordHash: await hashPassword("the-right-password") })
    .run();

  it("keeps a locked account locked: the attempts live in the database, not in memory", async () => {
    const t = Date.UTC(2026, 6, 1, 9);
    for (let i = 0; i < 5; i++) await attemptSignIn({ email: "r@agency.test", password: "wrong", ip: "10.2.0.1" }, t + i);
    // Drop the process's connection, as a restart would, and open the file afresh.
    closeDb();
    expect((await attemptSignIn({ email: "r@agency.test", password: "the-right-password", ip: "10.2.0.1" }, t + 60_000)).outcome).toBe("locked");
  });
});
