import { decode, encode } from "next-auth/jwt";
import { SESSION_REFRESH_MS, sessionWindow } from "./session-window";

// Plain module: the proxy slides the idle deadline here. Auth.js re-issues a JWT session cookie
// only when its own session endpoint runs (auth()), which this app skips on every request for
// speed (lib/auth/current-user.ts), so the sliding is done the same way Auth.js does it — the
// same encode, secret, salt and cookie — but at most once a minute per user.

export const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

type Claims = Record<string, unknown> & { sub?: string; authAt?: unknown; seenAt?: unknown; sid?: unknown; jti?: unknown; iat?: unknown; exp?: unknown };

const decoded = new Map<string, Claims>();
const DECODED_MAX = 5_000;
// A client that ignores Set-Cookie (a script, a tab racing another) sends the old cookie again:
// it gets the same re-issued one for a minute rather than a fresh encryption on every request.
const reissued = new Map<string, SessionCookie>();

async function claimsOf(name: string, token: string, secret: string): Promise<Claims | null> {
  const key = `${name}=${token}`;
  const hit = decoded.get(key);
  if (hit) return hit;
  let claims: Claims | null = null;
  try {
    claims = (await decode({ token, secret, salt: name })) as Claims | null;
  } catch {
    claims = null;
  }
  if (!claims) return null;
  if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
  decoded.set(key, claims);
  return claims;
}

export type SessionCookie = { name: string; value: string; expires: Date; secure: boolean };

/**
 * For a request carrying a session cookie: "ended" when the session is over (idle, past the
 * 12-hour limit, or unreadable), a new cookie when the idle deadline should slide, or null when
 * nothing changes. Whether the user is still active or signed out is currentUser()'s question.
 */
export async function slideSession(
  cookies: { get(name: string): { value: string } | undefined },
  { secret, idleMs, now = Date.now() }: { secret: string; idleMs: number; now?: number },
): Promise<"ended" | SessionCookie | null> {
  for (const name of SESSION_COOKIES) {
    const token = cookies.get(name)?.value;
    if (!token) continue;
    const claims = await claimsOf(name, token, secret);
    if (!claims) return "ended";
    const window = sessionWindow(claims, now, idleMs);
    if (!window.valid) {
      decoded.delete(`${name}=${token}`);
      return "ended";
    }
    if (!window.refresh) return null;
    const previous = reissued.get(`${name}=${token}`);
    if (previous && previous.expires.getTime() - window.expiresAt > -SESSION_REFRESH_MS) return previous;
    // The session's id (sid) stays, so signing out revokes every cookie this session was given.
    const token2 = await encode({
      token: { sub: claims.sub, authAt: claims.authAt, seenAt: now, sid: claims.sid ?? claims.jti },
      secret,
      salt: name,
      maxAge: Math.max(1, Math.floor((window.expiresAt - now) / 1000)),
    });
    const cookie = { name, value: token2, expires: new Date(window.expiresAt), secure: name.startsWith("__Secure-") };
    if (reissued.size >= DECODED_MAX) reissued.delete(reissued.keys().next().value!);
    reissued.set(`${name}=${token}`, cookie);
    return cookie;
  }
  return null;
}
