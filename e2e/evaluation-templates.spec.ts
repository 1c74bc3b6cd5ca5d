import { expect, test, type Locator } from "@playwright/test";
import { expectNotFoundPage, notice, pageAs } from "./fixtures";

// The agency's evaluation templates (admins) and each role's own loop (the agency). Each test puts
// back what it changed, so specs reading the demo's weights see the seeded ones. One after the
// other: a role's loop is compared with its type's template, which the first test edits for a while.
test.describe.configure({ mode: "serial" });

const attributeLabels = [
  "Technical depth",
  "System design",
  "Ownership",
  "Communication",
  "Product sense",
  "Mentorship",
  "Culture fit",
  "Leadership",
  "Roadmap alignment",
];

/** The weights as shown, by label. */
async function readWeights(weights: Locator): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const label of attributeLabels) out[label] = Number(await weights.getByLabel(label, { exact: true }).inputValue());
  return out;
}

/** Two attributes to move 5 points between: one that can give 5, and another. */
function pickPair(weights: Record<string, number>): [from: string, to: string] {
  const from = attributeLabels.find((a) => weights[a] >= 5)!;
  const to = attributeLabels.find((a) => a !== from)!;
  return [from, to];
}

test("an admin changes a template weight: the total says what is wrong until it is 100, and the save persists", async ({ browser }) => {
  const page = await pageAs(browser, "admin");
  await page.goto("/settings/evaluation");
  await page.getByRole("navigation", { name: "Role types" }).getByRole("link", { name: "Lead Engineer" }).click();
  const form = page.getByRole("form", { name: "Lead Engineer template" });
  const weights = form.getByRole("group", { name: "Rubric weights" });
  await expect(weights.getByText("Total 100", { exact: true })).toBeVisible();
  const before = await readWeights(weights);
  const [from, to] = pickPair(before);

  // Five points off: the total says so while typing, and the server refuses with the message by the field.
  await weights.getByLabel(from, { exact: true }).fill(String(before[from] - 5));
  await expect(weights.getByText("Total 95 — must be 100")).toBeVisible();
  await form.getByRole("button", { name: "Save template" }).click();
  await expect(weights.getByText("The weights must add up to 100; they add up to 95.")).toBeVisible();
  await expect(weights.getByLabel(from, { exact: true })).toHaveValue(String(before[from] - 5));

  // Two fields that are no whole numbers: both named at once while typing, and marked.
  await weights.getByLabel(from, { exact: true }).fill("2.5");
  await weights.getByLabel(to, { exact: true }).fill("-5");
  await expect(weights.getByText(`not a whole number from 0 to 100 (counted as 0): `, { exact: false })).toContainText(from);
  await expect(weights.getByText(`not a whole number from 0 to 100 (counted as 0): `, { exact: false })).toContainText(to);
  for (const name of [from, to]) await expect(weights.getByLabel(name, { exact: true })).toHaveAttribute("aria-invalid", "true");
  await weights.getByLabel(from, { exact: true }).fill(String(before[from] - 5));

  await weights.getByLabel(to, { exact: true }).fill(String(before[to] + 5));
  await expect(weights.getByText("Total 100", { exact: true })).toBeVisible();
  await form.getByRole("button", { name: "Save template" }).click();
  await expect(notice(page)).toContainText("Saved the Lead Engineer template.");

  await page.reload();
  const reloaded = page.getByRole("form", { name: "Lead Engineer template" }).getByRole("group", { name: "Rubric weights" });
  await expect(reloaded.getByLabel(from, { exact: true })).toHaveValue(String(before[from] - 5));
  await expect(reloaded.getByLabel(to, { exact: true })).toHaveValue(String(before[to] + 5));
  await expect(page.getByRole("region", { name: "Lead Engineer template" }).getByText("Edited")).toBeVisible();

  // Put it back (a second save over the new version).
  await reloaded.getByLabel(from, { exact: true }).fill(String(before[from]));
  await reloaded.getByLabel(to, { exact: true }).fill(String(before[to]));
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(notice(page)).toContainText("Saved the Lead Engineer template.");
  await page.reload();
  expect(await readWeights(page.getByRole("group", { name: "Rubric weights" }))).toEqual(before);
});

test("a kit saved with no attribute is refused, and its boxes stay as the admin left them", async ({ browser }) => {
  const page = await pageAs(browser, "admin");
  await page.goto("/settings/evaluation");
  await page.locator("summary", { hasText: /^Culture ·/ }).click();
  const form = page.getByRole("form", { name: "Culture kit" });
  const boxes = form.getByRole("group", { name: "Attributes it assesses" }).getByRole("checkbox");
  const ticked = await boxes.evaluateAll((inputs) => inputs.filter((i) => (i as HTMLInputElement).checked).map((i) => (i as HTMLInputElement).value));
  expect(ticked.length).toBeGreaterThan(0);
  for (const box of await boxes.all()) await box.uncheck();
  // Refused twice over the same values: each time every box stays unticked (React's reset of the form used to redraw the saved ones).
  for (let attempt = 0; attempt < 2; attempt++) {
    const answered = page.waitForResponse((r) => r.request().method() === "POST");
    await form.getByRole("button", { name: "Save Culture kit" }).click();
    await answered;
    // Done once the button is back from "Saving…": the form has been reset (or remounted) by then.
    await expect(form.getByRole("button", { name: "Save Culture kit" })).toBeEnabled();
    await expect(form.getByText("Choose at least one attribute this interview assesses")).toBeVisible();
    for (const box of await boxes.all()) await expect(box).not.toBeChecked();
  }
  await page.reload();
  await page.locator("summary", { hasText: /^Culture ·/ }).click();
  const saved = page.getByRole("form", { name: "Culture kit" }).getByRole("group", { name: "Attributes it assesses" }).getByRole("checkbox");
  expect(await saved.evaluateAll((inputs) => inputs.filter((i) => (i as HTMLInputElement).checked).map((i) => (i as HTMLInputElement).value))).toEqual(ticked);
});

test("a kit's prompt that is too long is said under that prompt, with focus on it", async ({ browser }) => {
  const page = await pageAs(browser, "admin");
  await page.goto("/settings/evaluation");
  await page.locator("summary", { hasText: /^Behavioral ·/ }).click();
  const form = page.getByRole("form", { name: "Behavioral kit" });
  await form.getByRole("button", { name: "Add a prompt" }).click();
  const prompts = await form.getByLabel(/^Prompt \d+$/).count();
  await form.getByLabel(`Listen for ${prompts}`).fill("Whether they owned the outcome");
  await form.getByRole("button", { name: "Save Behavioral kit" }).click();
  const last = form.getByLabel(`Prompt ${prompts}`, { exact: true });
  await expect(last).toHaveAttribute("aria-invalid", "true");
  await expect(last).toBeFocused();
  await expect(last).toHaveAccessibleDescription("Each prompt needs its question");
  await expect(form.getByLabel("Prompt 1", { exact: true })).not.toHaveAttribute("aria-invalid", "true");
});

test("a recruiter cannot open the evaluation templates", async ({ browser }) => {
  const page = await pageAs(browser, "recruiter");
  await page.goto("/settings/evaluation");
  await expectNotFoundPage(page);
});

test("a recruiter edits a role's weights, told how many scorecards they re-score, then resets it to its template", async ({ browser }) => {
  const page = await pageAs(browser, "recruiter");
  await page.goto("/roles");
  await page.getByRole("table", { name: "Roles" }).getByRole("link").first().click();
  await expect(page.getByRole("link", { name: "Compare" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Evaluation", exact: true }).click();
  await expect(page).toHaveURL(/\/roles\/\d+\/evaluation$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Evaluation of");

  const form = page.getByRole("form", { name: "Role's loop" });
  const weights = form.getByRole("group", { name: "Rubric weights" });
  const rescore = form.getByRole("status");
  await expect(rescore).toHaveText(/re-scores (\d+ submitted scorecards? on \d+ applications?\.|nothing today\.)$/);

  // The plan reorders with buttons; moving back leaves it as it was.
  const plan = form.getByRole("list", { name: "Interview plan" }).getByRole("listitem");
  const order = await plan.allInnerTexts();
  // Focus follows the item moved: down once more, or up from the top where Up is disabled.
  await form.getByRole("button", { name: /^Move .* \(interview 1\) down$/ }).click();
  expect(await plan.allInnerTexts()).not.toEqual(order);
  await expect(form.getByRole("button", { name: /^Move .* \(interview 2\) down$/ })).toBeFocused();
  await form.getByRole("button", { name: /^Move .* \(interview 2\) up$/ }).click();
  expect(await plan.allInnerTexts()).toEqual(order);
  await expect(form.getByRole("button", { name: /^Move .* \(interview 1\) down$/ })).toBeFocused();

  const before = await readWeights(weights);
  const [from, to] = pickPair(before);
  await weights.getByLabel(from, { exact: true }).fill(String(before[from] - 5));
  await expect(weights.getByText("Total 95 — must be 100")).toBeVisible();
  await weights.getByLabel(to, { exact: true }).fill(String(before[to] + 5));
  await expect(weights.getByText("Total 100", { exact: true })).toBeVisible();
  await form.getByRole("button", { name: "Save loop" }).click();
  await expect(notice(page)).toContainText("Saved");
  await expect(page.getByText("Customised", { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel(to, { exact: true })).toHaveValue(String(before[to] + 5));
  // The comparison now offers the role type's template beside the role's own (customised) weights.
  const evaluationUrl = page.url();
  const scoreAs = page.getByRole("navigation", { name: "Score as" });
  await page.goto(evaluationUrl.replace(/\/evaluation$/, "/compare"));
  await expect(scoreAs.getByRole("link", { name: /^This role's weights \(.*, customised\)$/ })).toHaveAttribute("aria-current", "page");
  await expect(scoreAs.getByRole("link", { name: /^As .* template$/ })).toBeVisible();
  await page.goto(evaluationUrl);

  await page.getByRole("button", { name: "Reset to template" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(/re-scores/);
  await dialog.getByRole("button", { name: "Reset" }).click();
  await expect(notice(page)).toContainText(/Reset to the .* template\./);
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Copied from the template", { exact: true })).toBeVisible();
  expect(await readWeights(page.getByRole("group", { name: "Rubric weights" }))).toEqual(before);
  // Back on the template's weights, scoring "as" its own type would repeat the role's score: not offered.
  await page.goto(page.url().replace(/\/evaluation$/, "/compare"));
  await expect(scoreAs.getByRole("link").first()).toBeVisible();
  await expect(scoreAs.getByRole("link", { name: /template/ })).toHaveCount(0);
  await expect(scoreAs.getByRole("link", { name: /customised/ })).toHaveCount(0);
});
