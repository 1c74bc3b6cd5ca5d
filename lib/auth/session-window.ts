// Plain module (no "server-only", no Next imports): the proxy, currentUser() and the tests share it.

/** A session ends this long after sign-in, however active. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/**
 * A session's cookie is re-issued (sliding its idle deadline) at most this often: once a minute
 * per user, not on every request. The idle timeout is therefore exact to within this much.
 */
export const SESSION_REFRESH_MS = 60 * 1000;

/** The claims that decide a session's life: signed in at `authAt`, last active at `seenAt` (ms); `exp` in seconds. */
export type SessionTimes = { authAt?: unknown; seenAt?: unknown; iat?: unknown; exp?: unknown };

export type SessionWindow =
  | { valid: false; reason: "malformed" | "absolute" | "idle" | "expired" }
  | { valid: true; refresh: boolean; /** The new idle deadline, never past the absolute limit (ms). */ expiresAt: number };

/**
 * Whether a session is still alive at `now`, and whether its cookie should be re-issued. It ends
 * `idleMs` after the last request (`seenAt`, or the token's issue time for a token issued before
 * the idle timeout existed) and 12 hours after sign-in, whichever comes first.
 */
export function sessionWindow(claims: SessionTimes, now: number, idleMs: number): SessionWindow {
  const { authAt, exp } = claims;
  const seenAt = typeof claims.seenAt === "number" ? claims.seenAt : typeof claims.iat === "number" ? claims.iat * 1000 : undefined;
  if (typeof authAt !== "number" || seenAt === undefined || typeof exp !== "number") return { valid: false, reason: "malformed" };
  if (now >= authAt + SESSION_ABSOLUTE_MS) return { valid: false, reason: "absolute" };
  if (now >= seenAt + idleMs) return { valid: false, reason: "idle" };
  if (now >= exp * 1000) return { valid: false, reason: "expired" };
  return { valid: true, refresh: now - seenAt >= SESSION_REFRESH_MS, expiresAt: Math.min(now + idleMs, authAt + SESSION_ABSOLUTE_MS) };
}
