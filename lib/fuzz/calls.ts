import fc from "fast-check";
import { hostileKey, hostileValue } from "./hostile";
import { describeSchema, mutatedObjectFor, type IdPools } from "./inputs";

// A call as a browser (or anyone with the action id) can make it: the previous state and the
// input, the input as FormData or as a plain object, or not an object at all.

export type FuzzCall = { prev: unknown; input: unknown };

function toFormData(values: Record<string, unknown>, bracketArrays: boolean): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const items = Array.isArray(value) ? value : [value];
    const name = Array.isArray(value) && bracketArrays ? `${key}[]` : key;
    for (const item of items) {
      if (item instanceof Blob) form.append(name, item);
      else form.append(name, typeof item === "object" && item !== null ? JSON.stringify(item) : String(item));
    }
  }
  return form;
}

const notAnObject = fc.constantFrom<unknown>(null, undefined, "", "text", 42, -1, true, [], [1, "a"], "__proto__");

/** Calls for an action whose input schema is `schema`. */
export function callsFor(schema: unknown, pools: IdPools): fc.Arbitrary<FuzzCall> {
  const shape = describeSchema(schema);
  const object = fc.oneof(
    { weight: 10, arbitrary: mutatedObjectFor(shape, pools) },
    { weight: 1, arbitrary: fc.dictionary(hostileKey, hostileValue, { maxKeys: 6 }) },
    { weight: 1, arbitrary: fc.constant({}) },
  );
  const asForm = object.chain((values) => fc.boolean().map((brackets) => toFormData(values, brackets)));
  return fc.oneof(
    { weight: 5, arbitrary: object.map((input) => ({ prev: null, input })) },
    { weight: 3, arbitrary: asForm.map((input) => ({ prev: null, input })) },
    // <form action={fn}>: the form data is the only argument.
    { weight: 1, arbitrary: asForm.map((prev) => ({ prev, input: undefined })) },
    // useActionState: the previous result comes first.
    { weight: 1, arbitrary: object.map((input) => ({ prev: { ok: false, message: "x", fieldErrors: {}, values: {} }, input })) },
    { weight: 1, arbitrary: notAnObject.map((input) => ({ prev: null, input })) },
  );
}

/** A short, printable account of a call for a failure message. */
export function describeCall(call: FuzzCall): string {
  const show = (v: unknown): unknown => {
    if (v instanceof FormData) return { FormData: [...v.entries()].map(([k, x]) => [k, typeof x === "string" ? show(x) : `File(${x.size})`]) };
    if (typeof v === "string") return v.length > 80 ? `${v.slice(0, 40)}…(${v.length} chars)` : v;
    if (typeof v === "number" && !Number.isFinite(v)) return String(v);
    if (Array.isArray(v)) return v.map(show);
    if (v instanceof Blob) return `File(${v.size})`;
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, show(x)]));
    return v;
  };
  return JSON.stringify({ prev: show(call.prev), input: show(call.input) });
}
