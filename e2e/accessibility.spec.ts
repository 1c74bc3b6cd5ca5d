import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { pageAs, type DemoUser, switchColorScheme } from "./fixtures";

// axe on every page, for every kind of user who may open it, in light and dark: 0 violations of
// any impact. Record pages are reached through the app's own links, so the ids are real ones the
// user may see.

type Step = { name: string; open: (page: Page) => Promise<void> };

const go = (url: string) => async (page: Page) => {
  await page.goto(url);
};
/** Opens the first link of a list table (a real record this user may see), optionally a sub-page of it. */
const firstOf =
  (list: string, table: string, suffix = "") =>
  async (page: Page) => {
    await page.goto(list);
    const href = await page.getByRole("table", { name: table }).getByRole("link").first().getAttribute("href", { timeout: 10_000 });
    expect(href, `a ${table} link on ${list}`).toBeTruthy();
    await page.goto(`${href!.split("?")[0]}${suffix}`);
  };

const agencyPages: Step[] = [
  { name: "home", open: go("/") },
  { name: "roles", open: go("/roles") },
  { name: "new role", open: go("/roles/new") },
  { name: "role board", open: firstOf("/roles", "Roles") },
  { name: "role list view", open: firstOf("/roles", "Roles", "?view=list") },
  { name: "role edit", open: firstOf("/roles", "Roles", "/edit") },
  { name: "role evaluation", open: firstOf("/roles", "Roles", "/evaluation") },
  { name: "candidates", open: go("/candidates") },
  { name: "candidate search", open: go("/candidates?q=engineer") },
  { name: "new candidate", open: go("/candidates/new") },
  { name: "candidate", open: firstOf("/candidates", "Candidates") },
  { name: "candidate edit", open: firstOf("/candidates", "Candidates", "/edit") },
  { name: "clients", open: go("/clients") },
  { name: "client", open: firstOf("/clients", "Clients") },
  { name: "not found", open: go("/roles/999999999") },
];

const pagesFor: Record<"admin" | "recruiter" | "northwindHiring" | "northwindViewer", Step[]> = {
  admin: [...agencyPages, { name: "users", open: go("/settings/users") }, { name: "evaluation templates", open: go("/settings/evaluation") }],
  recruiter: agencyPages,
  northwindHiring: [
    { name: "home", open: go("/") },
    { name: "roles", open: go("/roles") },
    { name: "role board", open: firstOf("/roles", "Roles") },
    { name: "candidates", open: go("/candidates") },
    { name: "candidate", open: firstOf("/candidates", "Candidates") },
    { name: "not found", open: go("/clients") },
  ],
  northwindViewer: [
    { name: "home", open: go("/") },
    { name: "not found", open: go("/roles") },
  ],
};

async function violationsOn(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

async function check(browser: Browser, user: DemoUser | null, steps: Step[]) {
  for (const scheme of ["light", "dark"] as const) {
    const page = user ? await pageAs(browser, user) : await (await browser.newContext()).newPage();
    await switchColorScheme(page, scheme);
    for (const step of steps) {
      await step.open(page);
      await page.waitForLoadState("networkidle");
      expect(await violationsOn(page), `${user ?? "signed out"} · ${step.name} · ${scheme}`).toEqual([]);
    }
    await page.context().close();
  }
}

for (const user of Object.keys(pagesFor) as (keyof typeof pagesFor)[]) {
  test(`axe finds nothing on any page ${user} may open, light and dark`, async ({ browser }) => {
    test.setTimeout(180_000);
    await check(browser, user, pagesFor[user]);
  });
}

test("axe finds nothing on the pages of a signed-out visitor, light and dark", async ({ browser }) => {
  await check(browser, null, [
    { name: "sign in", open: go("/login") },
    { name: "unknown address", open: go("/no-such-page") },
  ]);
});
