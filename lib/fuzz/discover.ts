import fs from "node:fs";
import path from "node:path";

// The files that define server actions: a use-server directive first (app/actions-are-wrapped
// checks that every export of theirs is built by action() or publicAction()).

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return ["node_modules", ".next"].includes(e.name) ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

export function actionFiles(root: string): string[] {
  return ["app", "components", "lib"]
    .flatMap((dir) => sourceFiles(path.join(root, dir)))
    .filter((file) => /^\s*["']use server["']/.test(fs.readFileSync(file, "utf8")))
    .sort();
}

/** A stable 32-bit number for a name, so each action's stream of inputs does not depend on the others. */
export function hashName(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h >>> 0;
}
