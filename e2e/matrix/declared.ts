import fs from "node:fs";
import { actions, pages } from "../access-matrix.expectations";
import type { Endpoint, ServerActionRef } from "./discover";

// What the matrix found that e2e/access-matrix.expectations.ts does not declare (or declares
// wrongly), each as a message saying what to write where. The permission a page or action checks
// is read from its source (requirePermission / permittedViewer / action(...)) to suggest it, and
// a declaration that names another permission is reported: the table cannot drift from the code.

const TABLE = "e2e/access-matrix.expectations.ts";

export const keyOf = (e: Endpoint, method: string) => (e.kind === "page" ? e.pattern : `${method} ${e.pattern}`);

function pagePermission(file: string): string | null {
  return /(?:requirePermission|permittedViewer)\(\s*"([^"]+)"/.exec(fs.readFileSync(file, "utf8"))?.[1] ?? null;
}

function actionPermission(file: string, name: string): string | null {
  const text = fs.readFileSync(file, "utf8");
  const m = new RegExp(`export const ${name} = (action|publicAction)\\(\\s*"[^"]*",\\s*(?:"([^"]+)")?`).exec(text);
  return m ? (m[1] === "publicAction" ? "public" : (m[2] ?? null)) : null;
}

export function undeclared(endpoints: Endpoint[], found: ServerActionRef[], unbuilt: { name: string; file: string }[]): string[] {
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const e of endpoints) {
    const permission = pagePermission(e.file);
    for (const method of e.methods) {
      const key = keyOf(e, method);
      seen.add(key);
      if (method !== "GET") missing.push(`${e.file}: the matrix sends GET only; give ${method} handlers their cells in e2e/matrix/cells.ts`);
      const rule = pages[key];
      if (!rule) {
        const records = e.params.length
          ? `, records: [${e.params.map(() => '"<role|candidate|application|interview|trial|client|resume|report>"').join(", ")}]`
          : "";
        missing.push(
          `${e.file}: add  "${key}": { may: "${permission ?? "<permission from lib/access/permissions.ts, or public>"}"${records} }  to \`pages\` in ${TABLE}`,
        );
      } else if (permission && rule.may !== permission) {
        missing.push(`${TABLE}: "${key}" is declared with may: "${rule.may}", but ${e.file} checks "${permission}"`);
      }
    }
  }
  for (const key of Object.keys(pages)) if (!seen.has(key)) missing.push(`${TABLE} declares "${key}", which no file under app/ serves: remove it`);
  for (const a of [...found, ...unbuilt]) {
    const permission = actionPermission(a.file, a.name);
    const rule = actions[a.name];
    if (!rule)
      missing.push(
        `${a.file}: add  ${a.name}: { may: "${permission ?? "<the permission its action() names>"}" }  to \`actions\` in ${TABLE} (with an input and refusedAs if a permitted user reaches records through it)`,
      );
    else if (permission && rule.may !== permission)
      missing.push(`${TABLE}: ${a.name} is declared with may: "${rule.may}", but ${a.file} checks "${permission}"`);
  }
  for (const [name, rule] of Object.entries(actions))
    if (rule.input && !rule.refusedAs) missing.push(`${TABLE}: ${name} has an input but no refusedAs (the record type its refusal is audited as)`);
  const names = new Set([...found, ...unbuilt].map((a) => a.name));
  for (const name of Object.keys(actions))
    if (!names.has(name)) missing.push(`${TABLE} declares the action ${name}, which no "use server" file exports: remove it`);
  for (const u of unbuilt)
    missing.push(`${u.name} (${u.file}) is not in .next/server/server-reference-manifest.json: rebuild (npx next build) before running the matrix`);
  return missing;
}
