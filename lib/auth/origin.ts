import "server-only";
import { headers } from "next/headers";
import { ok, type ActionResult } from "@/lib/action";

/**
 * The app's address as its users reach it, for links handed to people outside a browser session
 * (set-password links): AUTH_URL when set (Auth.js's own setting, for a deployment behind a proxy
 * that rewrites hosts), else the request's host. Forwarded host and protocol are only present when
 * they can be trusted: scripts/serve.ts drops a client's own unless TRUST_PROXY is set, and Next
 * then fills them from the real Host header and connection.
 */
export async function appOrigin(): Promise<string> {
  const configured = process.env.AUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // Fall through to the request's host: Auth.js reports a bad AUTH_URL itself.
    }
  }
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return `${proto}://${host}`;
}

/** The absolute set-password link for a token. */
export async function setPasswordLink(token: string): Promise<string> {
  return `${await appOrigin()}/set-password/${token}`;
}

/** A command's result with its token turned into the link the dialog shows (the token itself goes nowhere else). */
export async function withLink<T extends { token: string }>(result: ActionResult<T>): Promise<ActionResult<Omit<T, "token"> & { link: string }>> {
  if (!result.ok) return result;
  const { token, ...rest } = result.data!;
  return ok({ ...rest, link: await setPasswordLink(token) }, result.message, result.link);
}
