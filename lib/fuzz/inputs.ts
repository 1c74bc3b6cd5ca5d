import fc from "fast-check";
import { z } from "zod";
import { hostileDates, hostileKey, hostileValue, missingIds } from "./hostile";
import { textOf, type Json } from "./plausible-text";

// Inputs shaped like what an action expects (its zod schema read as JSON Schema, input side):
// first a plausible value for every field, then a few fields swapped for hostile values or
// dropped, and extra fields added. Plausible inputs get past validation into the handler, where
// the interesting failures are; ids come from every company's real records and from none.

export type IdPools = Record<string, number[]>;

/** The input side of a zod schema as JSON Schema; {} when it cannot be described. */
export function describeSchema(schema: unknown): Json {
  try {
    return z.toJSONSchema(schema as z.ZodType, { io: "input", unrepresentable: "any" }) as Json;
  } catch {
    return {};
  }
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const TABLE_ALIASES: Record<string, string> = {
  client: "organizations",
  organization: "organizations",
  contact: "client_contacts",
  referee: "references",
  reference: "references",
  goal: "trial_goals",
  check_in: "trial_check_ins",
  owner: "users",
  hiring_manager: "users",
  interviewer: "users",
};

/** Ids for a field: the table its name points at, any other table now and then, and ids of nothing. */
function idsFor(key: string, pools: IdPools): fc.Arbitrary<number> {
  const base = snake(key.replace(/Ids?$/, "")).replace(/^_/, "");
  const table = TABLE_ALIASES[base] ?? (pools[`${base}s`] ? `${base}s` : undefined);
  const everything = Object.values(pools).flat();
  const own = table && pools[table]?.length ? pools[table] : everything;
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...own) },
    { weight: 1, arbitrary: fc.constantFrom(...everything) },
    { weight: 1, arbitrary: fc.constantFrom(...missingIds) },
  );
}

const isIdKey = (key: string) => /(^id$|Id$|Ids$|^ids$)/.test(key);

function plausibleNumber(key: string, s: Json, pools: IdPools): fc.Arbitrary<number> {
  if (isIdKey(key)) return idsFor(key, pools);
  if (/version/i.test(key)) return fc.integer({ min: 1, max: 3 });
  if (/headcount/i.test(key)) return fc.integer({ min: 1, max: 5 });
  if (/years/i.test(key)) return fc.integer({ min: 0, max: 40 });
  if (/minutes/i.test(key)) return fc.constantFrom(30, 45, 60, 90);
  if (/At$/.test(key)) return fc.integer({ min: 0, max: 30 * 86_400_000 }).map((ago) => Date.now() - ago);
  const min = Math.max(s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 0), -1e6);
  const max = Math.min(s.maximum ?? 120, 1e6);
  return fc.integer({ min: Math.ceil(min), max: Math.floor(Math.max(min, max)) });
}

/** A value of the right shape for `s` (valid unless the schema asks for what only the database knows). */
function plausible(key: string, s: Json, pools: IdPools, depth: number): fc.Arbitrary<unknown> {
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  if ("const" in s) return fc.constant(s.const);
  const branches = s.anyOf ?? s.oneOf;
  if (branches?.length) return fc.oneof(...branches.map((b) => plausible(key, b, pools, depth)));
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (!types.length) {
    // Unrepresentable (a preprocess, a File, a custom check): go by the field's name.
    if (isIdKey(key) || /version/i.test(key)) return plausibleNumber(key, s, pools);
    if (/file|resume|upload/i.test(key)) return fileValue;
    return textOf(key, s);
  }
  return fc.oneof(
    ...types.map((t): fc.Arbitrary<unknown> => {
      if (t === "string") return isIdKey(key) || /version/i.test(key) ? plausibleNumber(key, s, pools).map(String) : textOf(key, s);
      if (t === "number" || t === "integer") return plausibleNumber(key, s, pools);
      if (t === "boolean") return fc.boolean();
      if (t === "null") return fc.constant(null);
      if (t === "array") {
        const items = plausible(key, s.items ?? {}, pools, depth + 1);
        return fc.array(items, { minLength: Math.min(s.minItems ?? 0, 3), maxLength: Math.min(s.maxItems ?? 5, 5) });
      }
      if (t === "object" && key === "weights" && s.properties) return weightsFor(Object.keys(s.properties));
      if (t === "object") return depth > 3 ? fc.constant({}) : objectFor(s, pools, depth + 1);
      return hostileValue;
    }),
  );
}

/** Whole-number weights that add up to 100 (the rule the evaluation templates keep). */
function weightsFor(keys: string[]): fc.Arbitrary<Record<string, number>> {
  return fc.array(fc.nat(100), { minLength: keys.length, maxLength: keys.length }).map((cuts) => {
    const sorted = [0, ...cuts.slice(1).sort((a, b) => a - b), 100];
    return Object.fromEntries(keys.map((k, i) => [k, sorted[i + 1] - sorted[i]]));
  });
}

export const ABSENT = Symbol("absent");

function setOwn(out: Record<string, unknown>, key: string, value: unknown) {
  // defineProperty: "__proto__" becomes a field, as JSON.parse or FormData would make it.
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Every field of `s` with a plausible value; an optional field is sometimes left out. */
export function objectFor(s: Json, pools: IdPools, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const branches = (s.oneOf ?? s.anyOf)?.filter((b) => b.properties);
  if (branches?.length) return fc.oneof(...branches.map((b) => objectFor(b, pools, depth)));
  const required = new Set(s.required ?? []);
  const fields = Object.entries(s.properties ?? {}).map(([key, child]) => {
    const value = plausible(key, child, pools, depth);
    return (required.has(key) ? value : fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constant<unknown>(ABSENT) })).map(
      (v) => [key, v] as const,
    );
  });
  return fc.tuple(...fields).map((pairs) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of pairs) if (value !== ABSENT) setOwn(out, key, value);
    return out;
  });
}

/** A plausible object with 0–3 fields swapped for hostile values or removed, and sometimes extra fields. */
export function mutatedObjectFor(s: Json, pools: IdPools): fc.Arbitrary<Record<string, unknown>> {
  const change = fc.tuple(fc.nat(), fc.oneof({ weight: 5, arbitrary: hostileValue }, { weight: 1, arbitrary: fc.constant<unknown>(ABSENT) }));
  const changes = fc.oneof(
    { weight: 3, arbitrary: fc.constant([] as [number, unknown][]) },
    { weight: 2, arbitrary: fc.array(change, { minLength: 1, maxLength: 3 }) },
  );
  const extra = fc.oneof(
    { weight: 5, arbitrary: fc.constant([] as [string, unknown][]) },
    { weight: 1, arbitrary: fc.array(fc.tuple(hostileKey, hostileValue), { minLength: 1, maxLength: 3 }) },
  );
  return fc.tuple(objectFor(s, pools), changes, extra).map(([base, swaps, more]) => {
    const keys = Object.keys(s.properties ?? base);
    const out: Record<string, unknown> = { ...base };
    for (const [at, value] of swaps) {
      if (!keys.length) break;
      const key = keys[at % keys.length];
      if (value === ABSENT) delete out[key];
      else setOwn(out, key, value);
    }
    for (const [key, value] of more) setOwn(out, key, value);
    return out;
  });
}

const fileValue: fc.Arbitrary<unknown> = fc
  .oneof(
    fc.constant(new Uint8Array()),
    fc.uint8Array({ maxLength: 64 }),
    fc.uint8Array({ maxLength: 64 }).map((b) => new Uint8Array([...Buffer.from("%PDF-1.4\n"), ...b])),
    fc.constant(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Buffer.from("word/document.xml".padEnd(40, "\u0000"))])),
    fc.constant(new Uint8Array(6 * 1024 * 1024)),
  )
  .chain((bytes) =>
    fc
      .constantFrom("cv.pdf", "cv.docx", "../../evil.pdf", "résumé 👩.pdf", "\u0000.pdf", "x".repeat(300))
      .map((name) => new File([bytes], name, { type: "application/pdf" })),
  );

export { hostileDates };
