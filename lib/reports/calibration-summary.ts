import type { Attribute, TrialOutcome } from "@/db/schema";
import { attributeLabels } from "@/lib/evaluation/labels";
import type { Weights } from "@/lib/evaluation/defaults";
import type { Sum } from "@/lib/evaluation/rollup";
import { weightedScore } from "@/lib/evaluation/score";
import { formatRate, rate, SMALL_SAMPLE } from "./stats";
import type { ReportTable } from "./table";

// The calibration report's arithmetic, pure: decided trials with their ratings summed in, conversion by
// score band, and per interviewer and per attribute the mean rating for trials that converted
// against those that ended — with how many each mean stands on, greyed under five.

export type DecidedTrial = {
  outcome: TrialOutcome;
  weights: Weights;
  /** Per attribute, its ratings over the application's current submitted scorecards. */
  ratings: Partial<Record<Attribute, Sum>>;
  /** Per interviewer, their scorecards' means (each over the attributes it rated) and how many. */
  interviewers: ReadonlyMap<number, Sum>;
};

/** Score bands on the 1–4 scale; scores are one-decimal, so "2.5–2.9" holds 2.5 up to 2.9. */
export const scoreBands = [
  { key: "below_2", label: "Below 2.0", min: -Infinity, max: 2 },
  { key: "2_0", label: "2.0–2.4", min: 2, max: 2.5 },
  { key: "2_5", label: "2.5–2.9", min: 2.5, max: 3 },
  { key: "3_0", label: "3.0–3.4", min: 3, max: 3.5 },
  { key: "3_5", label: "3.5 and above", min: 3.5, max: Infinity },
] as const;

export type Band = { key: string; label: string; trials: number; converted: number; conversion: number | null; small: boolean };
export type MeanPair = { converted: { count: number; mean: number | null }; ended: { count: number; mean: number | null }; small: boolean };
export type Calibration = {
  decided: number;
  bands: Band[];
  notScored: Band;
  interviewers: ({ id: number; name: string } & MeanPair)[];
  attributes: ({ attribute: Attribute; label: string } & MeanPair)[];
};

/** Running totals of ratings, for trials that converted and that ended. */
type Total = { sum: number; count: number };
type Acc = Record<TrialOutcome, Total>;
const newAcc = (): Acc => ({ converted: { sum: 0, count: 0 }, ended: { sum: 0, count: 0 } });
const mean = (t: Total) => (t.count ? t.sum / t.count : null);
const pair = (acc: Acc): MeanPair => ({
  converted: { count: acc.converted.count, mean: mean(acc.converted) },
  ended: { count: acc.ended.count, mean: mean(acc.ended) },
  small: acc.converted.count < SMALL_SAMPLE || acc.ended.count < SMALL_SAMPLE,
});
const band = (key: string, label: string, outcomes: TrialOutcome[]): Band => {
  const converted = outcomes.filter((o) => o === "converted").length;
  return { key, label, trials: outcomes.length, converted, conversion: rate(converted, outcomes.length), small: outcomes.length < SMALL_SAMPLE };
};

export function summarizeCalibration(trialsDecided: DecidedTrial[], names: ReadonlyMap<number, string>, attributeOrder: readonly Attribute[]): Calibration {
  const inBand = new Map<string, TrialOutcome[]>(scoreBands.map((b) => [b.key, []]));
  const unscored: TrialOutcome[] = [];
  const byInterviewer = new Map<number, Acc>();
  const byAttribute = new Map<Attribute, Acc>(attributeOrder.map((a) => [a, newAcc()]));
  for (const t of trialsDecided) {
    // The role's own weights decide (the application page's score, without its re-scoring as other role types).
    const means: Partial<Record<Attribute, number>> = {};
    for (const attribute of attributeOrder) {
      const sum = t.ratings[attribute];
      if (!sum || !sum[1]) continue;
      means[attribute] = sum[0] / sum[1];
      const a = byAttribute.get(attribute)![t.outcome];
      a.sum += sum[0];
      a.count += sum[1];
    }
    const { score } = weightedScore(means, t.weights);
    if (score === null) unscored.push(t.outcome);
    else inBand.get(scoreBands.find((b) => score >= b.min && score < b.max)!.key)!.push(t.outcome);
    for (const [interviewerId, [sum, cards]] of t.interviewers) {
      let acc = byInterviewer.get(interviewerId);
      if (!acc) byInterviewer.set(interviewerId, (acc = newAcc()));
      acc[t.outcome].sum += sum;
      acc[t.outcome].count += cards;
    }
  }
  return {
    decided: trialsDecided.length,
    bands: scoreBands.map((b) => band(b.key, b.label, inBand.get(b.key)!)),
    notScored: band("not_scored", "Not scored", unscored),
    interviewers: [...byInterviewer]
      .map(([id, acc]) => ({ id, name: names.get(id) ?? `User ${id}`, ...pair(acc) }))
      .sort((a, b) => b.converted.count + b.ended.count - (a.converted.count + a.ended.count) || a.name.localeCompare(b.name)),
    attributes: attributeOrder.map((attribute) => ({ attribute, label: attributeLabels[attribute], ...pair(byAttribute.get(attribute)!) })),
  };
}

const fmt = (m: number | null) => (m === null ? "—" : m.toFixed(2));

export function calibrationTables(c: Calibration): ReportTable[] {
  const bands = [...c.bands, c.notScored];
  const pairRow = (label: string, p: MeanPair) => [
    label,
    fmt(p.converted.mean),
    p.converted.count,
    fmt(p.ended.mean),
    p.ended.count,
    p.converted.mean === null || p.ended.mean === null ? "—" : (p.converted.mean - p.ended.mean).toFixed(2),
  ];
  // What the counts count: an interviewer's means stand on their scorecards (each one's mean), an
  // attribute's on every rating of it.
  const pairColumns = (counted: string) => ["Mean rating, converted", `${counted}, converted`, "Mean rating, ended", `${counted}, ended`, "Difference"];
  return [
    {
      caption: "Trial conversion by interview score",
      columns: ["Weighted score", "Decided trials", "Converted", "Conversion"],
      rows: bands.map((b) => [b.label, b.trials, b.converted, formatRate(b.conversion)]),
      small: bands.map((b) => b.small),
    },
    {
      caption: "Interviewers: their mean rating for trials that converted and that ended",
      columns: ["Interviewer", ...pairColumns("Scorecards")],
      rows: c.interviewers.map((i) => pairRow(i.name, i)),
      small: c.interviewers.map((i) => i.small),
    },
    {
      caption: "Attributes: the mean rating for trials that converted and that ended",
      columns: ["Attribute", ...pairColumns("Ratings")],
      rows: c.attributes.map((a) => pairRow(a.label, a)),
      small: c.attributes.map((a) => a.small),
    },
  ];
}
