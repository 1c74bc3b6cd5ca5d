import path from "node:path";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { callsFor, describeCall, type FuzzCall } from "@/lib/fuzz/calls";
import { stateTracker } from "@/lib/fuzz/checksum";
import { actionFiles, hashName } from "@/lib/fuzz/discover";
import { seedFuzzWorld, type FuzzViewerName, type FuzzWorld } from "@/lib/fuzz/world";

// Every exported server action, found by scanning for "use server" (a new one is fuzzed without
// editing a list), called in-process as every kind of user with generated input. Each call must
// end in a typed result or a redirect: never a `ref` (an unexpected error) nor a throw; and a
// failure must leave every table as it was (bar the audit log, where refusals are recorded).
// FUZZ_SEED=<n> replays a printed random seed; FUZZ_RUNS=<n> sets the calls per action, viewer and seed.

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
const registry = vi.hoisted(() => new Map<unknown, { name: string; schema: unknown }>());

vi.mock("@/lib/action", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/action")>();
  const record =
    <F extends (...args: never[]) => unknown>(wrap: F) =>
    (...args: Parameters<F>) => {
      const fn = wrap(...args);
      registry.set(fn, { name: args[0] as string, schema: args[args.length - 2] });
      return fn;
    };
  return { ...real, action: record(real.action), publicAction: record(real.publicAction) };
});
vi.mock("@/lib/auth/current-user", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  currentUser: async () => session.viewer,
}));
// Auth.js does not load outside Next; the sign-in action only needs its error classes.
vi.mock("next-auth", () => {
  class AuthError extends Error {}
  class CredentialsSignin extends AuthError {}
  return { AuthError, CredentialsSignin };
});
vi.mock("@/lib/auth", async () => {
  // Auth.js's signIn runs the credentials check (attemptSignIn) and redirects on success.
  const { attemptSignIn } = await import("@/lib/auth/sign-in");
  const { redirect } = await import("next/navigation");
  const { CredentialsSignin } = await import("next-auth");
  return {
    signOut: async () => redirect("/login"),
    signIn: async (_provider: string, { email, password, redirectTo }: { email: string; password: string; redirectTo: string }) => {
      const result = await attemptSignIn({ email, password, ip: "10.9.9.9" });
      if (result.outcome !== "success") throw Object.assign(new CredentialsSignin(), { code: result.outcome === "locked" ? "locked" : "credentials" });
      redirect(redirectTo);
    },
  };
});
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "trialboard.test", "x-forwarded-for": "10.9.9.9" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const FIXED_SEED = 20_261_122;
const RANDOM_SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
/** Audit rows a refused or failed call may add (everything else must stay as it was). */
const FAILURE_AUDITS = new Set(["access.denied", "auth.sign-in-failed", "auth.sign-in-locked"]);

let seeded: Promise<FuzzWorld> | undefined;
const seedOnce = () => (seeded ??= seedFuzzWorld(db()));

type ServerAction = (prev: unknown, input: unknown) => Promise<unknown>;
type Outcome = { kind: "ok" | "failure" | "redirect" | "not-found"; why?: string } | { kind: "bug"; detail: string };

async function call(fn: ServerAction, { prev, input }: FuzzCall): Promise<Outcome> {
  try {
    const result = (await fn(prev, input)) as { ok?: boolean; ref?: string; message?: string; fieldErrors?: Record<string, string> } | undefined;
    if (!result || typeof result.ok !== "boolean") return { kind: "bug", detail: `not a typed result: ${JSON.stringify(result)}` };
    if (result.ref) return { kind: "bug", detail: `unexpected error ref=${result.ref}: ${result.message}` };
    // A failure tells the user something; a validation failure says which field.
    if (!result.ok && !result.message?.trim()) return { kind: "bug", detail: "a failure without a message" };
    if (!result.ok && /highlighted fields/.test(result.message ?? "") && !Object.keys(result.fieldErrors ?? {}).length) {
      return { kind: "bug", detail: "a validation failure without field messages" };
    }
    return { kind: result.ok ? "ok" : "failure", why: result.ok ? "" : `${result.message} ${Object.keys(result.fieldErrors ?? {}).join(",")}` };
  } catch (error) {
    const digest = String((error as { digest?: unknown })?.digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return { kind: "redirect" };
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { kind: "not-found" };
    return { kind: "bug", detail: `threw: ${error instanceof Error ? error.stack : String(error)}` };
  }
}

describe("every server action, fuzzed", () => {
  it("the harness tells an unexpected error, a throw and a typed failure apart", async () => {
    const { action, fail } = await import("@/lib/action");
    const { z } = await import("zod");
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const crash = action("fuzz:self-check", "session:sign-out", z.object({}), () => {
      throw new Error("boom");
    }) as ServerAction;
    session.viewer = (await seedOnce()).viewers.admin;
    expect(await call(crash, { prev: null, input: {} })).toMatchObject({ kind: "bug", detail: expect.stringMatching(/^unexpected error ref=/) });
    const escape = (async () => {
      throw new Error("escaped");
    }) as ServerAction;
    expect(await call(escape, { prev: null, input: {} })).toMatchObject({ kind: "bug", detail: expect.stringMatching(/^threw: Error: escaped/) });
    const refused = action("fuzz:self-check", "session:sign-out", z.object({ n: z.number() }), () => fail("no")) as ServerAction;
    expect(await call(refused, { prev: null, input: { n: "x" } })).toMatchObject({ kind: "failure" });
    quiet.mockRestore();
  });

  it("answers generated input with a typed result, and a failure writes nothing", { timeout: 240_000 }, async () => {
    const world = await seedOnce();
    const root = path.resolve(__dirname, "..");
    const silenced = vi.spyOn(console, "error").mockImplementation(() => {});
    const exported: { file: string; name: string; fn: ServerAction; schema: unknown; action: string }[] = [];
    for (const file of actionFiles(root)) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const [name, fn] of Object.entries(mod)) {
        const entry = registry.get(fn);
        if (!entry) throw new Error(`${path.relative(root, file)}: ${name} is not built with action()/publicAction(), so it cannot be fuzzed`);
        exported.push({ file: path.relative(root, file), name, fn: fn as ServerAction, schema: entry.schema, action: entry.name });
      }
    }
    expect(exported.length).toBeGreaterThanOrEqual(40);

    const tracker = stateTracker(db().$client);
    const problems: string[] = [];
    const stats: string[] = [];
    const counts = { calls: 0, ok: 0, failure: 0, redirect: 0, "not-found": 0 };
    const started = Date.now();
    for (const seed of [FIXED_SEED, RANDOM_SEED]) {
      for (const target of exported) {
        const calls = callsFor(target.schema, world.ids);
        for (const [viewerName, viewer] of Object.entries(world.viewers) as [FuzzViewerName, Viewer | null][]) {
          const samples = fc.sample(calls, { seed: (seed ^ hashName(`${target.action}|${viewerName}`)) | 0, numRuns: RUNS });
          for (const sample of samples) {
            session.viewer = viewer;
            const before = tracker.mark();
            const outcome = await call(target.fn, sample);
            counts.calls++;
            const where = `${target.name} (${target.file}) as ${viewerName}, seed ${seed}: ${describeCall(sample).slice(0, 600)}`;
            if (outcome.kind === "bug") {
              problems.push(`${where}\n  → ${outcome.detail.slice(0, 800)}`);
              continue;
            }
            counts[outcome.kind]++;
            if (process.env.FUZZ_STATS) stats.push(`${target.action}\t${viewerName}\t${outcome.kind}\t${outcome.why ?? ""}`);
            if (outcome.kind === "failure" || outcome.kind === "not-found") {
              const after = tracker.since(before);
              if (after.changed) problems.push(`${where}\n  → failed but changed the database`);
              const odd = after.audits.filter((a) => !FAILURE_AUDITS.has(a.action));
              if (odd.length) problems.push(`${where}\n  → failed but audited ${odd.map((a) => a.action).join(", ")}`);
            }
          }
        }
      }
    }
    silenced.mockRestore();
    if (process.env.FUZZ_STATS) (await import("node:fs")).writeFileSync(process.env.FUZZ_STATS, stats.join("\n"));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `fuzzed ${exported.length} actions × ${Object.keys(world.viewers).length} viewers × ${RUNS} runs × 2 seeds (fixed ${FIXED_SEED}, random FUZZ_SEED=${RANDOM_SEED}): ` +
        `${counts.calls} calls in ${seconds}s — ${counts.ok} ok, ${counts.redirect} redirects, ${counts.failure} typed failures, ${counts["not-found"]} not found, ` +
        `${problems.length} problems; ${tracker.scans()} table scans`,
    );
    expect(problems.slice(0, 25).join("\n\n")).toBe("");
  });
});
