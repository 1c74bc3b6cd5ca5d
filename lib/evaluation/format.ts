// How evaluation figures read on the page. Plain functions over plain data: components use them.
import { recommendations, type Recommendation, type ReferenceOutcome, type RoleType } from "@/db/schema";
import { recommendationLabels, referenceOutcomeLabels } from "./labels";

/** The short names of the re-scoring line: "as Senior 3.4 · as Lead 2.6 · as EM 2.9". */
export const roleTypeShortLabels: Record<RoleType, string> = { senior: "Senior", lead: "Lead", engineering_manager: "EM" };

/** A mean rating with one decimal, or a dash. */
export const formatMean = (mean: number | null | undefined): string => (mean === null || mean === undefined ? "—" : mean.toFixed(1));

/** "1 strong yes · 2 yes · 1 no", strongest first; "" when there are none. */
export function formatRecommendations(counts: Partial<Record<Recommendation, number>>): string {
  return [...recommendations]
    .reverse()
    .filter((r) => counts[r])
    .map((r) => `${counts[r]} ${recommendationLabels[r].toLowerCase()}`)
    .join(" · ");
}

/** "2 positive · 1 mixed"; "" when no reference is done. */
export function formatReferenceOutcomes(counts: Partial<Record<ReferenceOutcome, number>>): string {
  return (["positive", "mixed", "negative"] as const)
    .filter((o) => counts[o])
    .map((o) => `${counts[o]} ${referenceOutcomeLabels[o].toLowerCase()}`)
    .join(" · ");
}
