// Reading `report_application_ratings`, the per-application sums of the current submitted
// scorecards that triggers keep (migrations 0014 and 0018; see db/schema/reports.ts). Its JSON
// columns are written only by those triggers; anything unexpected reads as empty rather than failing.
import { attributes, recommendations, type Attribute, type Recommendation } from "@/db/schema";
import type { RecommendationCounts } from "./summary";

/** Ratings summed: a stored `[sum, count]`. */
export type Sum = readonly [number, number];

const parseObject = (json: string | null): Record<string, unknown> => {
  if (!json) return {};
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return {};
  }
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
};

/** A stored `{ key: [sum, count] }`, keeping the entries with a count. */
export function parseSums(json: string | null): Record<string, Sum> {
  const out: Record<string, Sum> = {};
  for (const [key, sum] of Object.entries(parseObject(json)))
    if (Array.isArray(sum) && sum.length === 2 && sum[1] > 0) out[key] = [Number(sum[0]), Number(sum[1])];
  return out;
}

/** Each attribute's mean from the stored sums: the same numbers `attributeMeans` gives over the scorecards. */
export function meansFromSums(json: string | null): Partial<Record<Attribute, number>> {
  const sums = parseSums(json);
  const means: Partial<Record<Attribute, number>> = {};
  for (const a of attributes) {
    const sum = sums[a];
    if (sum) means[a] = sum[0] / sum[1];
  }
  return means;
}

/** A stored `{ recommendation: count }`. */
export function parseRecommendationCounts(json: string | null): RecommendationCounts {
  const stored = parseObject(json);
  const out: RecommendationCounts = {};
  for (const r of recommendations) {
    const n = stored[r];
    if (typeof n === "number" && n > 0) out[r as Recommendation] = n;
  }
  return out;
}
