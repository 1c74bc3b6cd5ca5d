import { describe, expect, it } from "vitest";
import { scoreAsOptions } from "./compare-sort";
import { defaultTemplates } from "./defaults";

// The comparison's "Score as" choices on an Engineering Manager role.
describe("the score-as choices a role offers", () => {
  const template = defaultTemplates.engineering_manager.weights;

  it("leaves out its own type's template while the role's weights are that template's", () => {
    expect(scoreAsOptions("engineering_manager", { ...template }, template)).toEqual(["role", "lead", "senior"]);
  });

  it("offers its own type's template once the role's weights are customised", () => {
    const [first, second] = Object.keys(template) as (keyof typeof template)[];
    const customised = { ...template, [first]: template[first] + 5, [second]: template[second] - 5 };
    expect(scoreAsOptions("engineering_manager", customised, template)).toEqual(["role", "engineering_manager", "lead", "senior"]);
  });
});
