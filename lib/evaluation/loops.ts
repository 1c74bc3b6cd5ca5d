import "server-only";
import { z } from "zod";
import { eq, inArray, sql } from "drizzle-orm";
import { db, prepared } from "@/lib/db";
import {
  attributes,
  evaluationTemplates,
  interviewKinds,
  interviewKits,
  roleLoops,
  roleTypes,
  type Attribute,
  type InterviewKind,
  type RoleType,
} from "@/db/schema";
import { defaultKits, defaultTemplates, type Kit, type KitPrompt, type Template, type Weights } from "./defaults";

// The templates, kits and role loops as the app uses them: the stored row when there is one, the
// defaults (lib/evaluation/defaults.ts) otherwise — a fresh database, or a role created before
// loops existed, needs no data step. These reads are agency configuration, not company data: the
// pages and actions that show or change them check their own permissions.

const kindList = z.array(z.enum(interviewKinds));
const stringList = z.array(z.string());
const weightsSchema = z.object(Object.fromEntries(attributes.map((a) => [a, z.number().int()])) as Record<Attribute, z.ZodNumber>);
const promptList = z.array(z.object({ prompt: z.string(), listenFor: z.string() }));
const attributeList = z.array(z.enum(attributes));
const schemaNames = new Map<z.ZodType<unknown>, string>([
  [kindList, "kinds"],
  [stringList, "strings"],
  [weightsSchema, "weights"],
  [promptList, "prompts"],
  [attributeList, "attributes"],
]);

// A page reads the templates and its role's loop several times (its sections each ask), so the
// rows are read by prepared statements and each stored text is parsed once: the same text always
// parses to the same value, which is frozen so no caller can change it for the next.
const parsedTexts = new Map<string, unknown>();

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
};

const parse = <T>(schema: z.ZodType<T>, json: string, fallback: T): T => {
  const key = `${schemaNames.get(schema)}\u0000${json}`;
  if (!parsedTexts.has(key)) {
    const result = schema.safeParse(JSON.parse(json));
    // Configuration rows are few; the bound only guards against a runaway.
    if (parsedTexts.size >= 5_000) parsedTexts.clear();
    parsedTexts.set(key, result.success ? deepFreeze(result.data) : undefined);
  }
  return (parsedTexts.get(key) as T | undefined) ?? fallback;
};

export type StoredTemplate = Template & { roleType: RoleType; version: number; edited: boolean };
export type StoredKit = Kit & { kind: InterviewKind; version: number; edited: boolean };
export type RoleLoop = { roleId: number; plan: InterviewKind[]; weights: Weights; checklist: string[]; version: number; custom: boolean };

/** Every role type's template. */
export function templates(): Record<RoleType, StoredTemplate> {
  const rows = new Map(
    prepared("evaluation-templates", (d) => d.select().from(evaluationTemplates).prepare())
      .all()
      .map((r) => [r.roleType, r]),
  );
  return Object.fromEntries(
    roleTypes.map((type) => {
      const row = rows.get(type);
      const d = defaultTemplates[type];
      if (!row) return [type, { ...d, roleType: type, version: 0, edited: false }];
      return [
        type,
        {
          roleType: type,
          plan: parse(kindList, row.plan, d.plan),
          weights: parse(weightsSchema, row.weights, d.weights) as Weights,
          checklist: parse(stringList, row.checklist, d.checklist),
          redFlags: parse(stringList, row.redFlags, d.redFlags),
          version: row.version,
          edited: true,
        },
      ];
    }),
  ) as Record<RoleType, StoredTemplate>;
}

/** Each role type's weights: the re-scoring "as senior · as lead · as EM" uses these. */
export function typeWeights(): Record<RoleType, Weights> {
  const all = templates();
  return Object.fromEntries(roleTypes.map((t) => [t, all[t].weights])) as Record<RoleType, Weights>;
}

/** Every interview kind's kit. */
export function kits(): Record<InterviewKind, StoredKit> {
  const rows = new Map(
    prepared("interview-kits", (d) => d.select().from(interviewKits).prepare())
      .all()
      .map((r) => [r.kind, r]),
  );
  return Object.fromEntries(
    interviewKinds.map((kind) => {
      const row = rows.get(kind);
      const d = defaultKits[kind];
      if (!row) return [kind, { ...d, kind, version: 0, edited: false }];
      return [
        kind,
        {
          kind,
          attributes: parse(attributeList, row.attributes, d.attributes),
          prompts: parse(promptList, row.prompts, d.prompts) as KitPrompt[],
          version: row.version,
          edited: true,
        },
      ];
    }),
  ) as Record<InterviewKind, StoredKit>;
}

/** A role's loop: its own copy when it has one, else its type's template. */
export function roleLoop(role: { id: number; type: RoleType }): RoleLoop {
  const row = prepared("role-loop", (d) =>
    d
      .select()
      .from(roleLoops)
      .where(eq(roleLoops.roleId, sql.placeholder("role")))
      .prepare(),
  ).get({ role: role.id });
  const template = templates()[role.type];
  if (!row) return { roleId: role.id, plan: template.plan, weights: template.weights, checklist: template.checklist, version: 0, custom: false };
  return {
    roleId: role.id,
    plan: parse(kindList, row.plan, template.plan),
    weights: parse(weightsSchema, row.weights, template.weights) as Weights,
    checklist: parse(stringList, row.checklist, template.checklist),
    version: row.version,
    custom: true,
  };
}

/** Many roles' weights at once (the reports score hundreds of applications across roles): one read per 500 roles. */
export function roleWeights(rolesToRead: { id: number; type: RoleType }[]): Map<number, Weights> {
  const all = templates();
  const stored = new Map<number, string>();
  const ids = [...new Set(rolesToRead.map((r) => r.id))];
  for (let i = 0; i < ids.length; i += 500) {
    for (const row of db()
      .select({ roleId: roleLoops.roleId, weights: roleLoops.weights })
      .from(roleLoops)
      .where(inArray(roleLoops.roleId, ids.slice(i, i + 500)))
      .all())
      stored.set(row.roleId, row.weights);
  }
  // Most roles keep their template's weights, so the same text is parsed once.
  const parsed = new Map<string, Weights>();
  return new Map(
    rolesToRead.map((r) => {
      const json = stored.get(r.id);
      if (json === undefined) return [r.id, all[r.type].weights];
      const key = `${r.type}:${json}`;
      if (!parsed.has(key)) parsed.set(key, parse(weightsSchema, json, all[r.type].weights) as Weights);
      return [r.id, parsed.get(key)!];
    }),
  );
}
