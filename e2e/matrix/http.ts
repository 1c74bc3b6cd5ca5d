import fs from "node:fs";
import { storageFor } from "../fixtures";
import type { Who } from "./users";

// Requests as a browser sends them, with a user's saved session (e2e/.auth, made by auth.setup).

/** The Cookie header of a user's saved session ("" signed out). */
export function cookieFor(who: Who): string {
  if (who === "signedOut") return "";
  const state = JSON.parse(fs.readFileSync(storageFor(who), "utf8")) as { cookies: { name: string; value: string }[] };
  return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

export type Answer = { status: number; location: string | null; body: string };

/** A GET, redirects not followed; `rsc` asks for the RSC payload as client navigation does. */
export async function get(base: string, path: string, cookie: string, rsc = false): Promise<Answer> {
  const headers: Record<string, string> = { cookie };
  if (rsc) headers.RSC = "1";
  const res = await fetch(base + path, { headers, redirect: "manual" });
  const location = res.headers.get("location");
  // Next answers an RSC request without its cache-busting `_rsc` parameter with a redirect to the
  // same URL with it, as the client router would have asked: follow that one.
  if (rsc && res.status === 307 && location && /[?&]_rsc\b/.test(location) && !/[?&]_rsc\b/.test(path)) {
    await res.body?.cancel();
    return get(base, new URL(location, base).pathname + new URL(location, base).search, cookie, rsc);
  }
  return { status: res.status, location, body: await res.text() };
}

export type ActionAnswer = {
  status: number;
  result: { ok: boolean; message?: string; ref?: string; fieldErrors?: Record<string, string> } | null;
  raw: string;
};

/**
 * Posts a server action as the browser does (the technique of scripts/crash-test.ts): the action
 * id in Next-Action, the arguments as JSON text, from the page that holds the form. A
 * useActionState action takes (previous state, input).
 */
export async function postAction(base: string, page: string, id: string, cookie: string, input: unknown): Promise<ActionAnswer> {
  const res = await fetch(base + page, {
    method: "POST",
    redirect: "manual",
    headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: base, cookie },
    body: JSON.stringify([null, input]),
  });
  const raw = await res.text();
  for (const line of raw.split("\n")) {
    const json = line.slice(line.indexOf(":") + 1);
    if (!json.startsWith("{")) continue;
    try {
      const value = JSON.parse(json) as ActionAnswer["result"];
      if (value && "ok" in value) return { status: res.status, result: value, raw };
    } catch {
      // another RSC row
    }
  }
  return { status: res.status, result: null, raw };
}

/** Runs `work` over `items`, at most `limit` at a time. */
export async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}
