import { describe, expect, it } from "vitest";
import { defaultTemplates, type Weights } from "./defaults";
import { attributeMeans, formatScore, scoreApplication, weightedScore, weightsTotal } from "./score";

const senior = defaultTemplates.senior.weights;
const typeWeights = { senior, lead: defaultTemplates.lead.weights, engineering_manager: defaultTemplates.engineering_manager.weights };
const only = (w: Partial<Weights>): Weights => ({ ...Object.fromEntries(Object.keys(senior).map((k) => [k, 0])), ...w }) as Weights;

describe("attributeMeans", () => {
  it.each([
    { name: "no scorecards", cards: [], want: {} },
    { name: "one rating", cards: [{ technical_depth: 3 }], want: { technical_depth: 3 } },
    {
      name: "mean over the cards that rated it",
      cards: [{ technical_depth: 4 }, { technical_depth: 1 }, { ownership: 2 }],
      want: { technical_depth: 2.5, ownership: 2 },
    },
  ])("$name", ({ cards, want }) => expect(attributeMeans(cards)).toEqual(want));
});

describe("weightedScore", () => {
  it.each([
    { name: "nothing assessed", means: {}, weights: senior, score: null, coverage: 0 },
    { name: "one attribute: its mean, covered by its weight", means: { technical_depth: 3 }, weights: senior, score: 3, coverage: 0.25 },
    {
      name: "all attributes: the weighted mean, fully covered",
      means: {
        technical_depth: 4,
        system_design: 4,
        ownership: 4,
        communication: 2,
        product_sense: 2,
        mentorship: 2,
        culture_fit: 2,
        leadership: 2,
        roadmap_alignment: 1,
      },
      weights: senior,
      // (25+15+15)*4 + (10+10+10+10+5)*2 + 0*1 = 220 + 90 = 310 over 100
      score: 3.1,
      coverage: 1,
    },
    {
      name: "a zero-weight attribute neither counts nor covers",
      means: { roadmap_alignment: 1, technical_depth: 3 },
      weights: senior,
      score: 3,
      coverage: 0.25,
    },
    { name: "only zero-weight attributes assessed", means: { roadmap_alignment: 4 }, weights: senior, score: null, coverage: 0 },
    {
      name: "renormalised over what was assessed",
      means: { leadership: 4, mentorship: 2 },
      weights: only({ leadership: 30, mentorship: 10, ownership: 60 }),
      score: 3.5,
      coverage: 0.4,
    },
    {
      name: "rounded to one decimal",
      means: { leadership: 3, mentorship: 4, ownership: 4 },
      weights: only({ leadership: 34, mentorship: 33, ownership: 33 }),
      score: 3.7,
      coverage: 1,
    },
  ])("$name", ({ means, weights, score, coverage }) => {
    const got = weightedScore(means, weights);
    expect(got.score).toBe(score);
    expect(got.coverage).toBeCloseTo(coverage, 5);
  });
});

describe("scoreApplication", () => {
  it("re-scores the same ratings with each role type's weights", () => {
    // Deep and hands-on, little leadership: strong as a senior, weaker as a lead or a manager.
    const cards = [
      { technical_depth: 4, system_design: 4, ownership: 4, communication: 3 },
      { leadership: 1, mentorship: 2, roadmap_alignment: 1, culture_fit: 3, product_sense: 3 },
    ];
    const result = scoreApplication(cards, senior, typeWeights);
    expect(result.score).toBe(result.asType.senior.score);
    expect(result.asType.senior.score).toBe(3.4);
    expect(result.asType.lead.score).toBe(2.6);
    expect(result.asType.engineering_manager.score!).toBeLessThan(result.asType.senior.score!);
    expect(result.coverage).toBe(1);
  });
});

describe("formatting and totals", () => {
  it("says the score with its coverage", () => {
    expect(formatScore({ score: 3.4, coverage: 0.8 })).toBe("3.4 / 4, 80% covered");
    expect(formatScore({ score: null, coverage: 0 })).toBe("Not scored yet");
  });
  it("every default template's weights sum to 100", () => {
    for (const t of Object.values(defaultTemplates)) expect(weightsTotal(t.weights)).toBe(100);
  });
});
