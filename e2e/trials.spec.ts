import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demoUsers, expectNotFoundPage, pageAs, switchColorScheme } from "./fixtures";

// The trial pages' list, filters and access, on the demo's trials. The whole journey (start a
// trial from Offer, check in, the client's view of it, the decision) is e2e/trial-journey.spec.ts.

async function axeClean(page: Page, what: string) {
  for (const scheme of ["light", "dark"] as const) {
    // Reloaded in the scheme: switching it on a loaded page catches colours mid-transition.
    await switchColorScheme(page, scheme);
    await page.reload();
    await page.waitForLoadState("networkidle");
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`),
      `${what} · ${scheme}`,
    ).toEqual([]);
  }
}

test("a recruiter's /trials: every filter, kept in the URL, and a friendly empty list", async ({ browser }) => {
  const page = await pageAs(browser, "recruiter");
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Trials", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "Trials", level: 1 })).toBeVisible();
  const filters = page.getByRole("form", { name: "Filter trials" });
  await expect(filters.getByRole("combobox", { name: "Client" })).toBeVisible();
  await expect(filters.getByLabel("Onboarding owner")).toBeVisible();
  await axeClean(page, "recruiter · /trials");

  // Upcoming trials are never past their end: the list is empty, and says so.
  await filters.getByLabel("Status").selectOption({ label: "Upcoming" });
  await expect(page).toHaveURL(/status=upcoming/);
  await filters.getByLabel("Flag").selectOption({ label: "Past end, no decision" });
  await expect(page).toHaveURL(/status=upcoming.*flag=overdue|flag=overdue.*status=upcoming/);
  await expect(page.getByText("No trials match these filters.").first()).toBeVisible();
  await page.reload();
  await expect(filters.getByLabel("Status")).toHaveValue("upcoming");

  await filters.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/trials$/);
  await page.context().close();
});

test("the recruiter's home has a trials-needing-attention section", async ({ browser }) => {
  const page = await pageAs(browser, "recruiter");
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Trials needing attention" })).toBeVisible();
  await page.context().close();
});

test("a client viewer lands on their company's trials and sees nothing else", async ({ browser }) => {
  const page = await pageAs(browser, "northwindViewer");
  await page.goto("/");
  await expect(page.getByRole("region", { name: `Trials at ${demoUsers.northwindViewer.company}` })).toBeVisible();
  // Each decided trial says how and when it was decided.
  const decided = page.getByRole("list", { name: "Decided trials" }).getByRole("listitem");
  await expect(decided.first()).toContainText(/(Converted|Ended) \d{1,2} [A-Z][a-z]{2}/);
  await axeClean(page, "viewer · home");

  await page.goto("/trials");
  await expect(page.getByRole("heading", { name: "Trials", level: 1 })).toBeVisible();
  const filters = page.getByRole("form", { name: "Filter trials" });
  await expect(filters.getByLabel("Status")).toBeVisible();
  await expect(filters.getByRole("combobox", { name: "Client" })).toHaveCount(0);
  await expect(filters.getByLabel("Onboarding owner")).toHaveCount(0);
  await axeClean(page, "viewer · /trials");

  for (const url of ["/roles", "/candidates", "/trials/999999999", "/trials/not-a-number"]) {
    await page.goto(url);
    await expectNotFoundPage(page);
  }
  await page.context().close();
});

test("a demo trial's page: timeline, goals, check-ins and the decision", async ({ browser }) => {
  const page = await pageAs(browser, "recruiter");
  await page.goto("/trials");
  await page.getByRole("table", { name: "Trials" }).getByRole("link").first().click();
  await expect(page.getByRole("list", { name: "Trial timeline" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Goals" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Check-ins" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Decision" })).toBeVisible();
  await axeClean(page, "recruiter · a trial");
  await page.context().close();
});

test("the shortcuts list what works on the page: a client viewer's trials offer no search or board keys", async ({ browser }) => {
  const page = await pageAs(browser, "northwindViewer");
  await page.goto("/trials");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.keyboard.press("?");
  const shortcuts = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(shortcuts).toContainText("Show these shortcuts");
  await expect(shortcuts).not.toContainText("Search on this page");
  await expect(shortcuts).not.toContainText("board card");
  await expect(shortcuts).not.toContainText("Undo");
  await page.context().close();
});
