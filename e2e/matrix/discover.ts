import fs from "node:fs";
import path from "node:path";

// Finds what the app serves by walking app/, so a route or action added later is in the matrix
// without anyone editing a list: pages (page.tsx), route handlers (route.ts and the methods they
// export) and server actions (exports of "use server" files, with their ids from the build).

// Playwright and the scripts run from the repository root (playwright.config.ts sits there).
const root = process.cwd();
const appDir = path.join(root, "app");

export type Endpoint = {
  /** The URL pattern, route groups dropped: "/roles/[id]/edit". */
  pattern: string;
  kind: "page" | "route";
  /** The file it was found in, from the repository root. */
  file: string;
  /** HTTP methods a route handler exports (pages: GET). */
  methods: string[];
  /** Its dynamic segments, in order: ["id"]. */
  params: string[];
};

/** `page`: a page whose module holds the action, where a browser would post it (segments filled in later). */
export type ServerActionRef = { name: string; file: string; id: string; page: string };

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
}

const rel = (file: string) => path.relative(root, file).split(path.sep).join("/");

function patternOf(file: string): string {
  const segments = path
    .relative(appDir, path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !(s.startsWith("(") && s.endsWith(")")) && !s.startsWith("@"));
  return "/" + segments.join("/");
}

export function discoverEndpoints(): Endpoint[] {
  const out: Endpoint[] = [];
  for (const file of walk(appDir)) {
    const base = path.basename(file);
    if (!/^(page|route)\.(tsx?|jsx?)$/.test(base)) continue;
    const pattern = patternOf(file);
    const params = [...pattern.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1]);
    if (base.startsWith("page")) {
      out.push({ pattern, kind: "page", file: rel(file), methods: ["GET"], params });
    } else {
      const text = fs.readFileSync(file, "utf8");
      const methods = [...text.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g)].map((m) => m[1]);
      out.push({ pattern, kind: "route", file: rel(file), methods: [...new Set(methods)], params });
    }
  }
  return out.sort((a, b) => a.pattern.localeCompare(b.pattern) || a.kind.localeCompare(b.kind));
}

/** Exported names of every "use server" file under app/, lib/ and components/. */
function exportedActions(): { name: string; file: string }[] {
  const out: { name: string; file: string }[] = [];
  for (const dir of ["app", "lib", "components"]) {
    for (const file of walk(path.join(root, dir))) {
      if (!/\.(ts|tsx)$/.test(file) || /\.test\.tsx?$/.test(file)) continue;
      const text = fs.readFileSync(file, "utf8");
      if (!/^\s*["']use server["']/.test(text)) continue;
      for (const m of text.matchAll(/^export\s+(?:const|async\s+function|function)\s+([A-Za-z0-9_$]+)/gm)) out.push({ name: m[1], file: rel(file) });
    }
  }
  return out;
}

/**
 * Every exported server action with its id from the build's manifest. An export the build does
 * not know (no client references it, or the build is stale) is reported, not skipped.
 */
export function discoverActions(): { actions: ServerActionRef[]; unbuilt: { name: string; file: string }[] } {
  const manifestPath = path.join(root, ".next/server/server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string; workers?: Record<string, unknown> }>;
  };
  const ids = new Map<string, { id: string; page: string }>();
  for (const [id, v] of Object.entries(manifest.node)) {
    // The shortest page that loads the action ("app/(app)/trials/[id]/page" → "/trials/[id]").
    const pages = Object.keys(v.workers ?? {})
      .filter((w) => w.endsWith("/page"))
      .map((w) => patternOf(path.join(root, w)))
      .sort((a, b) => a.length - b.length);
    ids.set(`${v.filename}#${v.exportedName}`, { id, page: pages[0] ?? "/" });
  }
  const actions: ServerActionRef[] = [];
  const unbuilt: { name: string; file: string }[] = [];
  for (const a of exportedActions()) {
    const built = ids.get(`${a.file}#${a.name}`);
    if (built) actions.push({ ...a, ...built });
    else unbuilt.push(a);
  }
  return { actions, unbuilt };
}
