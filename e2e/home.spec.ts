import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { notice, pageAs, switchColorScheme } from "./fixtures";

// The home page per kind of user: what needs them today, each item a link to where it is acted on.

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

const section = (page: Page, name: string) => page.getByRole("region", { name });

/** Follows a section's first link from home and checks where it lands: the URL and the page's title (the item's name). */
async function follow(page: Page, link: Locator, url: RegExp, heading: (name: string) => RegExp) {
  const name = (await link.textContent())!.trim();
  await link.click();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading(name));
  await page.goto("/");
}

test("a recruiter's home: each section links to where it is acted on, and marking client moves seen empties them", async ({ browser }) => {
  const page = await pageAs(browser, "recruiter");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Welcome, Riley" })).toBeVisible();
  const exact = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
  const within = (name: string) => new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

  // An overdue scorecard, opened where it is written.
  const owed = section(page, "Scorecards you owe").getByRole("listitem").filter({ hasText: "Overdue" }).first();
  await expect(owed).toBeVisible();
  await follow(page, owed.getByRole("link", { name: /^Write scorecard:/ }), /\/interviews\/\d+$/, (n) => within(n.replace(/^Write scorecard: .* with /, "")));

  // A flagged trial needing attention, with its day of 14.
  const trial = section(page, "Trials needing attention")
    .getByRole("listitem")
    .filter({ has: page.getByRole("list", { name: "Flags" }) })
    .first();
  await expect(trial).toContainText(/Day \d+ of \d+|Decision \d+ days? late|Decision due today/);
  await follow(page, trial.getByRole("link").first(), /\/trials\/\d+$/, exact);

  // Today's or tomorrow's interview: the kit and scorecard page.
  const interview = section(page, "Your interviews today and tomorrow").getByRole("link").first();
  await expect(interview).toBeVisible();
  await follow(page, interview, /\/interviews\/\d+$/, (n) => within(n.replace(/^.* with /, "")));

  // A stale application, with its days in the stage: the application page.
  const stale = section(page, "Stale applications").getByRole("listitem").first();
  await expect(stale).toContainText(/\d+ days in /);
  await follow(page, stale.getByRole("link"), /\/applications\/\d+$/, exact);
  // Past its first eight, the stale list opens in full on home, and folds back.
  const staleList = section(page, "Stale applications");
  const all = staleList.getByRole("link", { name: /^All \d+ stale applications$/ });
  const n = Number((await all.textContent())!.match(/\d+/)![0]);
  expect(n).toBeGreaterThan(8);
  await all.click();
  await expect(page).toHaveURL("/?stale=all#stale");
  await expect(staleList.getByRole("listitem")).toHaveCount(n);
  await staleList.getByRole("link", { name: "Show fewer" }).click();
  await expect(staleList.getByRole("listitem")).toHaveCount(8);

  // A candidate the client moved: the application page.
  const moves = section(page, "Moved by the client since you last looked");
  await expect(moves.getByRole("listitem").first()).toContainText(/by .+, /);
  await follow(page, moves.getByRole("listitem").first().getByRole("link"), /\/applications\/\d+$/, exact);

  await moves.getByRole("button", { name: "Mark as seen" }).click();
  await expect(notice(page)).toContainText("Marked as seen");
  await expect(moves.getByRole("listitem")).toHaveCount(0);
  await expect(moves).toContainText("Nothing new");
  await page.reload();
  await expect(moves).toContainText("Nothing new");
  await page.context().close();
});

test("a hiring manager's home: candidates awaiting their review, the longest-waiting first, and their interviews and trials", async ({ browser }) => {
  const page = await pageAs(browser, "northwindHiring");
  await page.goto("/");
  const review = section(page, "Awaiting your review");
  const waits = await review.getByRole("listitem").allTextContents();
  expect(waits.length).toBeGreaterThan(1);
  const days = waits.map((t) => (/Submitted today/.test(t) ? 0 : Number(/(\d+) days? waiting/.exec(t)?.[1])));
  expect(days.every((d) => Number.isInteger(d))).toBe(true);
  expect([...days].sort((a, b) => b - a)).toEqual(days);
  const first = review.getByRole("link").first();
  const name = (await first.textContent())!.trim();
  await first.click();
  await expect(page).toHaveURL(/\/applications\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await page.goto("/");
  await expect(section(page, "Your upcoming interviews")).toBeVisible();
  await expect(section(page, "Scorecards you owe").getByText("Overdue").first()).toBeVisible();
  await expect(section(page, "Trials at Northwind Labs")).toBeVisible();
  // The agency's lists are not theirs.
  await expect(section(page, "Stale applications")).toHaveCount(0);
  await expect(section(page, "Moved by the client since you last looked")).toHaveCount(0);
  await page.context().close();
});

test("the recruiter's and the hiring manager's homes are axe-clean in light and dark", async ({ browser }) => {
  for (const user of ["recruiter", "northwindHiring"] as const) {
    const page = await pageAs(browser, user);
    await page.goto("/");
    await axeClean(page, `${user} · home`);
    await page.context().close();
  }
});
