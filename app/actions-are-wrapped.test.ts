import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every server action is a public endpoint, so every export of a "use server" file must be built by
// lib/action's wrapper (action or publicAction), and "use server" may not hide inside components.

const root = path.resolve(__dirname, "..");
const WRAPPERS = new Set(["action", "publicAction"]);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return ["node_modules", ".next"].includes(e.name) ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith(".test.ts") ? [full] : [];
  });
}

function problemsIn(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const first = source.statements[0];
  const fileLevel = !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use server";
  const rel = path.relative(root, file);
  if (!fileLevel) return text.includes('"use server"') || text.includes("'use server'") ? [`${rel}: inline "use server"`] : [];
  const problems: string[] = [];
  for (const st of source.statements) {
    const exported = ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isExportAssignment(st) || ts.isExportDeclaration(st)) problems.push(`${rel}: re-export or default export`);
    if (!exported) continue;
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        const init = d.initializer;
        const wrapped = init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && WRAPPERS.has(init.expression.text);
        if (!wrapped) problems.push(`${rel}: ${d.name.getText()} is not built with action()/publicAction()`);
      }
    } else if (!ts.isTypeAliasDeclaration(st) && !ts.isInterfaceDeclaration(st)) {
      problems.push(`${rel}: exported ${ts.SyntaxKind[st.kind]} is not built with action()/publicAction()`);
    }
  }
  return problems;
}

describe("server actions", () => {
  const files = [...sourceFiles(path.join(root, "app")), ...sourceFiles(path.join(root, "components")), ...sourceFiles(path.join(root, "lib"))];
  const actionFiles = files.filter((f) => /^\s*["']use server["']/.test(fs.readFileSync(f, "utf8")));

  it("exist (the check is looking in the right place)", () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(4);
  });

  it("are all built with the wrapper", () => {
    expect(files.flatMap(problemsIn)).toEqual([]);
  });

  it("the check catches an unwrapped export", () => {
    const tmp = path.join(root, "app", `tmp-unwrapped-${process.pid}.ts`);
    fs.writeFileSync(tmp, '"use server";\nexport async function sneaky() { return 1; }\nexport const ok = action("x", "home:view", null, () => null);\n');
    try {
      expect(problemsIn(tmp)).toEqual([`app/${path.basename(tmp)}: exported FunctionDeclaration is not built with action()/publicAction()`]);
    } finally {
      fs.unlinkSync(tmp);
    }
  });
});
