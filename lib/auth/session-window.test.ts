import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { slideSession } from "./session-refresh";
import { SESSION_ABSOLUTE_MS, sessionWindow } from "./session-window";

const MIN = 60_000;
const HOUR = 60 * MIN;
const IDLE = 2 * HOUR;
const signIn = Date.UTC(2026, 10, 22, 8, 0);
/** A token signed in at `signIn`, last active `seen` ms after it, expiring at the 12-hour limit. */
const claims = (seen: number, extra: Record<string, unknown> = {}) => ({
  authAt: signIn,
  seenAt: signIn + seen,
  exp: (signIn + SESSION_ABSOLUTE_MS) / 1000,
  ...extra,
});

describe("the session window (idle timeout and 12-hour limit)", () => {
  it.each([
    ["just signed in", 0, 0, { valid: true, refresh: false, expiresAt: signIn + IDLE }],
    ["59 s after the last request: no new cookie yet", 0, 59_000, { valid: true, refresh: false }],
    ["a minute after the last request: the deadline slides", 0, MIN, { valid: true, refresh: true, expiresAt: signIn + MIN + IDLE }],
    ["a minute short of idle", 0, IDLE - MIN, { valid: true, refresh: true }],
    ["idle for exactly the window", 0, IDLE, { valid: false, reason: "idle" }],
    ["idle for 3 hours", 0, 3 * HOUR, { valid: false, reason: "idle" }],
    ["active all along, 11 h 30 in: the deadline stops at 12 h", 11 * HOUR + 29 * MIN, 11 * HOUR + 30 * MIN, { valid: true, expiresAt: signIn + 12 * HOUR }],
    ["active all along, 12 h in", 12 * HOUR - MIN, 12 * HOUR, { valid: false, reason: "absolute" }],
  ])("%s", (_label, seen, at, expected) => {
    expect(sessionWindow(claims(seen), signIn + at, IDLE)).toMatchObject(expected);
  });

  it("reads a token from before the idle timeout by its issue time, and refuses one without a sign-in time", () => {
    const old = { authAt: signIn, iat: signIn / 1000, exp: (signIn + SESSION_ABSOLUTE_MS) / 1000 };
    expect(sessionWindow(old, signIn + HOUR, IDLE)).toMatchObject({ valid: true });
    expect(sessionWindow(old, signIn + IDLE, IDLE)).toMatchObject({ valid: false, reason: "idle" });
    expect(sessionWindow({ seenAt: signIn, exp: 2e9 }, signIn, IDLE)).toMatchObject({ valid: false, reason: "malformed" });
  });

  it("honours the token's own expiry", () => {
    expect(sessionWindow(claims(0, { exp: (signIn + HOUR) / 1000 }), signIn + HOUR, IDLE)).toMatchObject({ valid: false, reason: "expired" });
  });
});

describe("sliding the session cookie", () => {
  const secret = "unit-test-secret-that-is-long-enough-0123456789";
  const name = "authjs.session-token";
  const jar = (value: string) => ({ get: (n: string) => (n === name ? { value } : undefined) });
  // Tokens carry a real expiry (encode reads the clock), so these sign in an hour before the real now.
  const authAt = Date.now() - HOUR;
  const token = (seenAt: number) => encode({ token: { sub: "7", authAt, seenAt, sid: "session-1" }, secret, salt: name, maxAge: 12 * 3600 });

  it("re-issues an active session's cookie with the same user and session id, a new last-seen time and the idle deadline", async () => {
    const now = Date.now();
    const slid = await slideSession(jar(await token(now - 5 * MIN)), { secret, idleMs: IDLE, now });
    if (!slid || slid === "ended") throw new Error(`expected a new cookie, got ${slid}`);
    expect(slid).toMatchObject({ name, secure: false, expires: new Date(now + IDLE) });
    expect(await decode({ token: slid.value, secret, salt: name })).toMatchObject({ sub: "7", authAt, seenAt: now, sid: "session-1" });
  });

  it("ends an idle one and leaves a fresh one alone", async () => {
    const now = Date.now();
    expect(await slideSession(jar(await token(now - IDLE - 1)), { secret, idleMs: IDLE, now })).toBe("ended");
    expect(await slideSession(jar(await token(now - 10_000)), { secret, idleMs: IDLE, now })).toBeNull();
    expect(await slideSession(jar("not-a-token"), { secret, idleMs: IDLE, now })).toBe("ended");
  });
});
