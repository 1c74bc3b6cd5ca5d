// Sorting the comparison view, as pure functions: the column and the "score as" choice come from
// the URL (`compareViewSchema`), and rows without a value (not scored, or hidden from the viewer)
// always sort last, whichever the direction.
import { z } from "zod";
import { attributes, roleTypes, type Recommendation, type RoleType } from "@/db/schema";
import { allStages } from "@/lib/access/stages";
import { sameWeights, type Score } from "./score";

export const compareColumns = ["candidate", "stage", "score", "coverage", ...attributes, "recommendations", "flags", "checklist", "references"] as const;
export type CompareColumn = (typeof compareColumns)[number];
/** Which weights the score column uses: the role's own, or a role type's template. */
export const scoreAsChoices = ["role", ...roleTypes] as const;
export type ScoreAs = (typeof scoreAsChoices)[number];

/**
 * The "score as" choices worth offering on a role: its own weights first, then its own type's
 * template (only once the role's weights differ from it: until then it would score every candidate
 * the same), then the other types' templates.
 */
export function scoreAsOptions(roleType: RoleType, roleWeights: Record<string, number>, templateWeights: Record<string, number>): ScoreAs[] {
  const others = roleTypes.filter((t) => t !== roleType);
  return sameWeights(roleWeights, templateWeights) ? ["role", ...others] : ["role", roleType, ...others];
}

// Any value at all (a URL can carry anything, even `__proto__` tricks that hand back a function):
// one of the choices, or the default.
const pick = <T extends string>(values: readonly T[], fallback: T) =>
  z
    .unknown()
    .optional()
    .transform((v): T => (typeof v === "string" && values.includes(v as T) ? (v as T) : fallback));

/** The view's URL parameters; anything unknown falls back to the default rather than failing the page. */
export const compareViewSchema = z.object({
  sort: pick(compareColumns, "score"),
  dir: pick(["asc", "desc"] as const, "desc"),
  as: pick(scoreAsChoices, "role"),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

/** Rows a page: a busy role has hundreds of candidates from Interviewing on; the sort runs over all of them. */
export const COMPARE_PAGE_SIZE = 25;
export type CompareView = z.infer<typeof compareViewSchema>;

export type SortableRow = {
  applicationId: number;
  candidateName: string;
  stage: (typeof allStages)[number];
  visible: boolean;
  /** Under the weights the view scores with (`as`). */
  score: Score;
  means: Partial<Record<(typeof attributes)[number], number>>;
  recommendations: Partial<Record<Recommendation, number>>;
  redFlags: number;
  checklist: { ticked: number; total: number };
  references: Partial<Record<"positive" | "mixed" | "negative", number>>;
};

const leaning: Record<Recommendation, number> = { strong_no: -2, no: -1, yes: 1, strong_yes: 2 };
const sum = (counts: Partial<Record<string, number>>, weight: (k: string) => number) =>
  Object.entries(counts).reduce((n, [k, c]) => n + weight(k) * (c ?? 0), 0);

function valueOf(row: SortableRow, column: CompareColumn): number | string | null {
  switch (column) {
    case "candidate":
      return row.candidateName.toLowerCase();
    case "stage":
      return allStages.indexOf(row.stage);
    case "checklist":
      return row.checklist.total ? row.checklist.ticked / row.checklist.total : 0;
    case "references":
      return sum(row.references, (k) => (k === "positive" ? 1 : k === "negative" ? -1 : 0));
  }
  if (!row.visible) return null;
  switch (column) {
    case "score":
      return row.score.score;
    case "coverage":
      return row.score.score === null ? null : row.score.coverage;
    case "recommendations":
      return Object.keys(row.recommendations).length ? sum(row.recommendations, (k) => leaning[k as Recommendation]) : null;
    case "flags":
      return row.redFlags;
    default:
      return row.means[column] ?? null;
  }
}

/**
 * The rows sorted by a column (ties by candidate name, then by application, so two candidates of
 * the same name keep their places from one page to the next); missing values last in both directions.
 */
export function sortCompareRows<T extends SortableRow>(rows: T[], { sort, dir }: Pick<CompareView, "sort" | "dir">): T[] {
  const sign = dir === "asc" ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: valueOf(row, sort), name: row.candidateName.toLowerCase() }));
  const byName = (a: (typeof keyed)[number], b: (typeof keyed)[number]) => a.name.localeCompare(b.name) || a.row.applicationId - b.row.applicationId;
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === b.key ? byName(a, b) : a.key === null ? 1 : -1;
    const c = typeof a.key === "string" ? a.key.localeCompare(b.key as string) : a.key - (b.key as number);
    return c !== 0 ? sign * c : byName(a, b);
  });
  return keyed.map((k) => k.row);
}
