import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_BODY_MAX_BYTES, RESUME_TOO_BIG } from "@/lib/candidates/resume-limits";
import { loginPathFor } from "@/lib/auth/return-to";
import { SESSION_COOKIES, slideSession, type SessionCookie } from "@/lib/auth/session-refresh";
import { settings } from "@/lib/config";

// Cheap jobs only: a per-request CSP nonce, sending visitors with no session cookie (or an idle or
// expired one) to /login, sliding an active session's idle deadline, and turning away posts Next would otherwise answer with a 500 (too large, cross-origin,
// undecodable). It is never the access check: pages and actions check the session against the
// database.

// A set-password link is opened signed out: the token in it is the credential.
const PUBLIC_PATHS = ["/login", "/set-password"];

function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // 'unsafe-inline' stays for styles (tried without it, #12): sonner injects its stylesheet as a
    // <style> element with no nonce option, Radix's dialogs inject their scroll lock the same
    // way, and server-rendered style attributes (the pipeline bar's widths, React Aria's
    // visually hidden labels) would be dropped. Scripts need the nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

const SAFE_METHODS = ["GET", "HEAD", "OPTIONS"];
const ACTION_ID = /^[0-9a-f]{42}$/;

const refuse = (status: number, message: string) => new NextResponse(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The origin check Next makes for server actions, for every unsafe request, answered 403 early. */
function isCrossOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false; // not a browser: no cookies were sent on someone else's behalf
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" (a sandboxed page, a file) or garbage
  }
}

/** Whether Next's action decoder could read this body; it answers 500 and logs a stack when not. */
async function isDecodable(request: NextRequest): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.startsWith("multipart/form-data")) await request.formData();
    else if (request.headers.has("next-action") && type.startsWith("text/plain")) JSON.parse(await request.text());
    return true;
  } catch {
    return false;
  }
}

async function refusePost(request: NextRequest): Promise<NextResponse | null> {
  if (SAFE_METHODS.includes(request.method)) return null;
  // Browsers declare the length of a form post: refuse an oversized one before reading it. A body
  // of undeclared length (chunked) could only be found too long after Next had cut it short.
  const length = request.headers.get("content-length");
  if (length === null && request.headers.has("transfer-encoding")) return refuse(411, "The request must declare its length (Content-Length).");
  if (Number(length ?? 0) > REQUEST_BODY_MAX_BYTES) return refuse(413, RESUME_TOO_BIG);
  if (isCrossOrigin(request)) return refuse(403, "Cross-origin request refused.");
  const actionId = request.headers.get("next-action");
  if (actionId !== null && !ACTION_ID.test(actionId)) return refuse(400, "Invalid request.");
  if (!(await isDecodable(request))) return refuse(400, "Invalid request.");
  return null;
}

/** The re-issued session cookie, with the flags Auth.js gives it. */
function setSessionCookie(response: NextResponse, cookie: SessionCookie): void {
  response.cookies.set(cookie.name, cookie.value, { httpOnly: true, sameSite: "lax", path: "/", secure: cookie.secure, expires: cookie.expires });
}

function dropSessionCookies(request: NextRequest, response: NextResponse): void {
  // A __Secure- cookie is only replaced by one set with Secure, so deletion is a set that expires at once.
  for (const name of SESSION_COOKIES) {
    if (request.cookies.has(name))
      response.cookies.set(name, "", { httpOnly: true, sameSite: "lax", path: "/", secure: name.startsWith("__Secure-"), maxAge: 0 });
  }
}

export async function proxy(request: NextRequest) {
  const refused = await refusePost(request);
  if (refused) return refused;

  const { pathname } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  // A session idle for SESSION_IDLE_MINUTES, or 12 hours old, is over: its cookie is dropped.
  // Not on the sign-in pages, whose own responses set the session cookie (signing in again).
  const slid =
    hasSession && !isPublic
      ? await slideSession(request.cookies, { secret: process.env.AUTH_SECRET ?? "", idleMs: settings().sessionIdleMinutes * 60_000 })
      : null;
  const ended = slid === "ended";
  if (!isPublic && (!hasSession || ended) && request.method === "GET") {
    // Back to the page asked for after signing in (a shared link to a role, say).
    const response = NextResponse.redirect(new URL(loginPathFor(`${pathname}${request.nextUrl.search}`), request.url));
    if (ended) dropSessionCookies(request, response);
    return response;
  }

  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // The page asked for, so a page that finds the session expired can send the visitor back to it after sign-in.
  requestHeaders.set("x-return-to", `${pathname}${request.nextUrl.search}`);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (ended) dropSessionCookies(request, response);
  else if (slid) setSessionCookie(response, slid);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
