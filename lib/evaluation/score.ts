// The weighted score of an application, as pure functions: the mean of each attribute's submitted
// ratings, then the role's weights applied over the attributes actually assessed, with the share of
// the total weight that was (coverage). The same means re-weighted for another role type answer
// "3.4 as a senior, 2.6 as a lead".
import { attributes, roleTypes, type Attribute, type RoleType } from "@/db/schema";
import { percent } from "@/lib/labels";
import type { Weights } from "./defaults";

/** One submitted scorecard's ratings (1–4; an attribute left out was not assessed). */
export type Ratings = Partial<Record<Attribute, number>>;

export type Score = {
  /** The weighted mean on the 1–4 scale, rounded to one decimal; null when nothing weighted was assessed. */
  score: number | null;
  /** The share of the total weight that was assessed, 0–1. */
  coverage: number;
};

/** Each attribute's mean over the scorecards that rated it (attributes nobody rated are absent). */
export function attributeMeans(scorecards: Ratings[]): Partial<Record<Attribute, number>> {
  const means: Partial<Record<Attribute, number>> = {};
  // Plain loops: the calibration report takes the means of tens of thousands of applications per request.
  for (const attribute of attributes) {
    let sum = 0;
    let rated = 0;
    for (const s of scorecards) {
      const r = s[attribute];
      if (typeof r !== "number") continue;
      sum += r;
      rated += 1;
    }
    if (rated) means[attribute] = sum / rated;
  }
  return means;
}

/** The means weighted by `weights`, renormalised over the attributes assessed. */
export function weightedScore(means: Partial<Record<Attribute, number>>, weights: Weights): Score {
  let total = 0;
  let weight = 0;
  let sum = 0;
  for (const a of attributes) {
    const w = weights[a];
    total += w;
    const mean = means[a];
    if (mean === undefined || w === 0) continue;
    weight += w;
    sum += w * mean;
  }
  if (weight === 0 || total === 0) return { score: null, coverage: 0 };
  return { score: Math.round((sum / weight) * 10) / 10, coverage: weight / total };
}

export type ApplicationScore = Score & { means: Partial<Record<Attribute, number>>; asType: Record<RoleType, Score> };

/** The application's score under its role's weights, and under each role type's template weights beside it. */
export function scoreApplication(scorecards: Ratings[], roleWeights: Weights, typeWeights: Record<RoleType, Weights>): ApplicationScore {
  return scoreMeans(attributeMeans(scorecards), roleWeights, typeWeights);
}

/** The same from the attributes' means (as kept summed per application, see rollup.ts). */
export function scoreMeans(means: Partial<Record<Attribute, number>>, roleWeights: Weights, typeWeights: Record<RoleType, Weights>): ApplicationScore {
  const asType = {} as Record<RoleType, Score>;
  for (const t of roleTypes) asType[t] = weightedScore(means, typeWeights[t]);
  const { score, coverage } = weightedScore(means, roleWeights);
  return { score, coverage, means, asType };
}

/** "3.4 / 4, 80% covered" */
export function formatScore({ score, coverage }: Score): string {
  if (score === null) return "Not scored yet";
  return `${score.toFixed(1)} / 4, ${percent(coverage)}% covered`;
}

/** Weights are whole numbers from 0 to 100 for every attribute, summing to exactly 100. */
export function weightsTotal(weights: Weights): number {
  return attributes.reduce((n, a) => n + weights[a], 0);
}

/** Whether two sets of rubric weights give every attribute the same weight. */
export const sameWeights = (a: Record<string, number>, b: Record<string, number>) => attributes.every((x) => a[x] === b[x]);
