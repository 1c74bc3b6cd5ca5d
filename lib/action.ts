import "server-only";
import { randomBytes } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { type Tx } from "@/db/client";
import { db } from "@/lib/db";
import { writeAudit, type AuditEntry } from "@/lib/audit";
import { currentUser, type Viewer } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/access";
import { recordSignedOutRefusal } from "@/lib/access/refusals";
import { requestIp } from "@/lib/request";

import type { ActionFailure, ActionLink, ActionResult, FieldErrors, ServerAction, SubmittedValues } from "@/lib/action-types";
export type { ActionResult, ActionState, FieldErrors, ServerAction, SubmittedValues } from "@/lib/action-types";

/** An expected failure: its message is shown to the user. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }
}
/** Someone else changed the record first (optimistic lock). Throw it inside a transaction to roll back. */
export class Conflict extends ActionError {}

/** Whether an error is SQLite refusing a duplicate in a unique index (a race the early check lost). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE";
}

export const NOT_FOUND_MESSAGE = "Not found. It may have been removed, or you may not have access to it.";

export function ok<T>(data?: T, message?: string, link?: ActionLink): ActionResult<T> {
  return link ? { ok: true, data, message, link } : { ok: true, data, message };
}

export function fail(message: string, fieldErrors: FieldErrors = {}): ActionFailure {
  return { ok: false, message, fieldErrors, values: {} };
}
export function notFound(): ActionFailure {
  return fail(NOT_FOUND_MESSAGE);
}

export type ActionContext = {
  viewer: Viewer;
  ip: string;
  /** Writes an audit row (actor and IP filled in) inside the caller's transaction. */
  audit: (tx: Tx, entry: Omit<AuditEntry, "actorId" | "ip">) => void;
};

type Input = FormData | Record<string, unknown> | null | undefined;
// app/actions-are-wrapped.test.ts checks that every exported server action is built by action() or publicAction().

/** Used as `<form action>` the form data comes first; through useActionState it comes second. */
function inputOf(prev: unknown, input: Input): Input {
  return input === undefined && prev instanceof FormData ? prev : input;
}

/** FormData to a plain object; repeated names and names ending in [] become arrays. */
export function formToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = form.getAll(key);
    const name = key.endsWith("[]") ? key.slice(0, -2) : key;
    out[name] = key.endsWith("[]") || all.length > 1 ? all : all[0];
  }
  return out;
}

function submittedValues(raw: Record<string, unknown>): SubmittedValues {
  const values: SubmittedValues = {};
  for (const [k, v] of Object.entries(raw)) {
    if (/password/i.test(k)) continue;
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") values[k] = String(v);
  }
  return values;
}

function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "_form";
    out[key] ??= issue.message;
    // An item of a list field ("answers", the third) is also named by its place, "answers.2", so
    // the form can say it under that item rather than under the first.
    if (typeof issue.path[1] === "number") {
      out[`${key}.${issue.path[1]}`] ??= issue.message;
      // …and a field of that item by its whole path ("prompts.2.listenFor").
      if (issue.path.length > 2) out[issue.path.map(String).join(".")] ??= issue.message;
    }
  }
  return out;
}

async function run<S extends z.ZodType, T>(
  name: string,
  permission: Permission | null,
  schema: S,
  input: Input,
  handler: (data: z.infer<S>, ctx: ActionContext | null) => Promise<ActionResult<T>> | ActionResult<T>,
): Promise<ActionResult<T>> {
  const raw = input instanceof FormData ? formToObject(input) : { ...(input ?? {}) };
  const values = submittedValues(raw);
  try {
    let ctx: ActionContext | null = null;
    if (permission) {
      const viewer = await currentUser();
      if (!viewer) {
        await recordSignedOutRefusal({ action: name, permission });
        return { ...fail("Your session has ended. Sign in again."), values };
      }
      const ip = await requestIp();
      if (!can(viewer, permission)) {
        writeAudit(db(), { actorId: viewer.id, action: "access.denied", ip, details: { action: name, permission } });
        return { ...notFound(), values };
      }
      ctx = {
        viewer,
        ip,
        audit: (tx, entry) => writeAudit(tx, { ...entry, actorId: viewer.id, ip }),
      };
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, message: "Please correct the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
    }
    const result = await handler(parsed.data, ctx);
    return result.ok ? result : { ...result, values: { ...values, ...result.values } };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof ActionError) {
      return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values, conflict: error instanceof Conflict };
    }
    const ref = randomBytes(4).toString("hex");
    console.error(`[error ref=${ref}] action ${name} failed:`, error);
    return { ...fail(`Something went wrong on our side. Reference: ${ref}`), values, ref };
  }
}

/**
 * Builds a server action: session → zod → permission → handler (viewer-scoped load, one
 * transaction with its audit rows, revalidate) → typed result with every field error and the
 * submitted values. Expected failures come back as messages; unexpected ones get a reference id.
 */
export function action<S extends z.ZodType, T = undefined>(
  name: string,
  permission: Permission,
  schema: S,
  handler: (data: z.infer<S>, ctx: ActionContext) => Promise<ActionResult<T>> | ActionResult<T>,
): ServerAction<z.input<S>, T> {
  return (prev, input) => run(name, permission, schema, inputOf(prev, input as Input), (d, ctx) => handler(d, ctx!));
}

/** The same wrapper for the few actions a signed-out visitor may call (sign-in). */
export function publicAction<S extends z.ZodType, T = undefined>(
  name: string,
  schema: S,
  handler: (data: z.infer<S>) => Promise<ActionResult<T>> | ActionResult<T>,
): ServerAction<z.input<S>, T> {
  return (prev, input) => run(name, null, schema, inputOf(prev, input as Input), (d) => handler(d));
}
