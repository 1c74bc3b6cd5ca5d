import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { expectNotFoundPage, pageAs, type DemoUser, switchColorScheme } from "./fixtures";

// The evaluation pages on the demo data: the role's comparison (sorting, re-scoring), an
// application's Evaluation section, and the access boundaries of the comparison and the interview
// page. The scorecard journey itself (blind until submitted) is e2e/evaluation-journey.spec.ts.

/** The comparison view of Northwind's Engineering Manager role, reached through the app's links. */
async function openCompare(page: Page): Promise<string> {
  // Filtered by type, as a recruiter would: other specs add Northwind lead roles that push the demo's off the first page.
  await page.goto("/roles?type=engineering_manager");
  const row = page
    .getByRole("row")
    .filter({ hasText: "Northwind Labs" })
    .filter({ has: page.getByRole("link", { name: "Engineering Manager", exact: true }) });
  await row.getByRole("link", { name: "Engineering Manager", exact: true }).click();
  await page.getByRole("link", { name: "Compare candidates" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Compare candidates · Engineering Manager" })).toBeVisible();
  return page.url().split("?")[0];
}

async function expectAxeClean(page: Page) {
  for (const colorScheme of ["light", "dark"] as const) {
    // Loaded in the scheme, as a user would: switching a loaded page catches colours mid-transition.
    await switchColorScheme(page, colorScheme);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`),
      colorScheme,
    ).toEqual([]);
  }
}

test("the comparison lists the role's candidates from Interviewing on, sorts by any column and re-scores as another role type", async ({ browser }) => {
  // Four axe runs on a machine shared with other builds.
  test.slow();
  const page = await pageAs(browser, "recruiter");
  const compare = await openCompare(page);
  const table = page.getByRole("table", { name: "Candidates compared" });
  const rows = table.getByRole("row").filter({ has: page.getByRole("cell") });
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row).not.toContainText(/Sourced|Screening/);

  // Sorting by candidate name, then the other way.
  const candidate = table.getByRole("columnheader", { name: "Candidate" });
  await candidate.getByRole("link").click();
  await expect(candidate).toHaveAttribute("aria-sort", "ascending");
  const names = await rows.getByRole("link").allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  await candidate.getByRole("link").click();
  await expect(candidate).toHaveAttribute("aria-sort", "descending");
  await expect(page).toHaveURL(/sort=candidate&dir=desc/);

  // "Score as" keeps the sort and says which weights are in use.
  const scoreAs = page.getByRole("navigation", { name: "Score as" });
  await scoreAs.getByRole("link", { name: "As Lead" }).click();
  await expect(scoreAs.getByRole("link", { name: "As Lead" })).toHaveAttribute("aria-current", "page");
  await expect(page).toHaveURL(/sort=candidate&dir=desc&as=lead/);
  await expect(candidate).toHaveAttribute("aria-sort", "descending");
  await expectAxeClean(page);

  // Each candidate leads to their application's evaluation.
  await switchColorScheme(page, "light");
  const first = (await rows.first().getByRole("link").textContent())!;
  await rows.first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: first })).toBeVisible();
  const evaluation = page.getByRole("region", { name: "Evaluation" });
  await expect(evaluation.getByRole("heading", { name: "Scorecards" })).toBeVisible();
  // The demo's candidates from Interviewing on have been interviewed: their scorecards are listed.
  await expect(evaluation.getByRole("article").first()).toBeVisible();
  await expectAxeClean(page);
  expect(compare).toMatch(/\/roles\/\d+\/compare$/);
});

test("clients get not found for the comparison, and another company's hiring manager for the application", async ({ browser }) => {
  const recruiter = await pageAs(browser, "recruiter");
  const compare = await openCompare(recruiter);
  const table = recruiter.getByRole("table", { name: "Candidates compared" });
  const submitted = table
    .getByRole("row")
    .filter({ hasText: /Submitted|Client interview|Offer|Trial|Hired/ })
    .first();
  const application = (await submitted.getByRole("link").getAttribute("href"))!;

  for (const user of ["northwindHiring", "acmeHiring", "northwindViewer"] as DemoUser[]) {
    const page = await pageAs(browser, user);
    const response = await page.goto(compare);
    expect(response?.status(), `${user} ${compare}`).toBe(404);
    await expectNotFoundPage(page);
    await page.context().close();
  }

  // Northwind's hiring manager reaches the submitted candidate's evaluation, without the agency's comparison link.
  const hiring = await pageAs(browser, "northwindHiring");
  await hiring.goto(application);
  await expect(hiring.getByRole("region", { name: "Evaluation" })).toBeVisible();
  await hiring.goto(compare.replace(/\/compare$/, ""));
  await expect(hiring.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(hiring.getByRole("link", { name: "Compare candidates" })).toHaveCount(0);

  const acme = await pageAs(browser, "acmeHiring");
  expect((await acme.goto(application))?.status()).toBe(404);
  await expectNotFoundPage(acme);
});

test("an interview nobody may see, or that does not exist, is not found", async ({ browser }) => {
  const cases: [DemoUser, string][] = [
    ["acmeHiring", "/interviews/999999"],
    ["acmeHiring", "/interviews/1"],
    ["northwindHiring", "/interviews/999999"],
    ["northwindViewer", "/interviews/1"],
    ["recruiter", "/interviews/999999"],
    ["recruiter", "/interviews/not-a-number"],
  ];
  for (const [user, path] of cases) {
    const page = await pageAs(browser, user);
    const response = await page.goto(path);
    expect(response?.status(), `${user} ${path}`).toBe(404);
    await expectNotFoundPage(page);
    await page.context().close();
  }
});
