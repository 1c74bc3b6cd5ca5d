import "server-only";
import { headers } from "next/headers";

/**
 * The caller's IP. The server (scripts/serve.ts) overwrites X-Forwarded-For with the socket
 * address unless TRUST_PROXY is set, in which case the proxy appended the client's address last.
 */
export function ipFromHeaders(h: Headers): string {
  const forwarded = h.get("x-forwarded-for");
  const last = forwarded?.split(",").pop()?.trim();
  return last || "unknown";
}

export async function requestIp(): Promise<string> {
  return ipFromHeaders(await headers());
}
