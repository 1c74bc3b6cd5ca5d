import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { pageAs, storageFor } from "./fixtures";
import { pickClient, uniq } from "./pipeline-helpers";

test("the role list filters by a client found by typing, as a URL that can be shared", async ({ browser }) => {
  const page = await pageAs(browser, "recruiter");
  await page.goto("/roles");
  const roles = page.getByRole("table", { name: "Roles" });
  const rows = roles.getByRole("row").filter({ has: page.getByRole("cell") });

  // The picker loads matches as you type; arrows and Enter choose one, and the filter applies at once.
  const client = page.getByRole("combobox", { name: "Client" });
  await client.fill("north");
  const matches = page.getByRole("listbox", { name: "Client matches" });
  await expect(matches.getByRole("option")).toHaveText(["Northwind Labs"]);
  await client.press("ArrowDown");
  await client.press("Enter");
  await expect(client).toHaveValue("Northwind Labs");
  await expect(matches).toBeHidden();
  await expect(page).toHaveURL(/\/roles\?client=\d+$/);
  await expect(rows.first()).toContainText("Northwind Labs");
  for (const row of await rows.all()) await expect(row).toContainText("Northwind Labs");

  // The filtered view survives a reload (a shared link), with the client's name in the picker.
  const shared = page.url();
  const other = await pageAs(browser, "admin");
  await other.goto(shared);
  await expect(other.getByRole("combobox", { name: "Client" })).toHaveValue("Northwind Labs");
  const otherRows = other
    .getByRole("table", { name: "Roles" })
    .getByRole("row")
    .filter({ has: other.getByRole("cell") });
  await expect(otherRows.first()).toContainText("Northwind Labs");
  for (const row of await otherRows.all()) await expect(row).toContainText("Northwind Labs");

  // Enter alone takes the first match; leaving the field without choosing puts the name back.
  await client.fill("acme");
  await expect(matches.getByRole("option")).toHaveText(["Acme Robotics"]);
  await client.press("Enter");
  await expect(client).toHaveValue("Acme Robotics");
  await expect(rows.first()).toContainText("Acme Robotics");
  await client.fill("tide");
  await expect(matches.getByRole("option")).toHaveText(["Tidewater Energy"]);
  await page.getByRole("heading", { name: "Roles" }).click();
  await expect(client).toHaveValue("Acme Robotics");

  // "Clear filters" empties the picker too; Back brings the client back into it.
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/roles$/);
  await expect(client).toHaveValue("");
  await page.goBack();
  await expect(page).toHaveURL(/\/roles\?client=\d+$/);
  await expect(client).toHaveValue("Acme Robotics");

  // A name that matches nothing says so; clearing the text clears the filter, and it leaves the URL.
  await client.fill("no such company");
  await expect(matches).toContainText("No matches");
  await client.fill("");
  await expect(page).toHaveURL(/\/roles$/);
  await expect(rows.filter({ hasNotText: "Acme Robotics" }).first()).toBeVisible();

  // Other filters apply as they change, and only filters in use are in the URL.
  await page.getByLabel("Status").selectOption({ label: "Open" });
  await expect(page).toHaveURL(/\/roles\?status=open$/);
  await page.getByLabel("Status").selectOption({ label: "All statuses" });
  await expect(page).toHaveURL(/\/roles$/);
});

test("the role list searches titles and clients as you type, and / goes to the search", async ({ browser }) => {
  const page = await pageAs(browser, "recruiter");
  await page.goto("/roles");
  const rows = page
    .getByRole("table", { name: "Roles" })
    .getByRole("row")
    .filter({ has: page.getByRole("cell") });
  await page.keyboard.press("/");
  const search = page.getByRole("searchbox", { name: "Search" });
  await expect(search).toBeFocused();

  // Words from the client's name and from the title, in any order; a pause after a space keeps the space.
  await search.pressSequentially("engineer ", { delay: 20 });
  await expect(page).toHaveURL(/\/roles\?q=engineer$/);
  await expect(search).toHaveValue("engineer ");
  await search.pressSequentially("northwind", { delay: 20 });
  await expect(page).toHaveURL(/\/roles\?q=engineer\+northwind$/);
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) {
    await expect(row).toContainText("Northwind Labs");
    await expect(row).toContainText(/engineer/i);
  }

  // A filter chosen beside it keeps the words; a search that finds nothing says so.
  await page.getByLabel("Status").selectOption({ label: "Open" });
  await expect(page).toHaveURL(/\/roles\?q=engineer\+northwind&status=open$/);
  await expect(search).toHaveValue("engineer northwind");
  await search.fill("no role is called this");
  await expect(page.getByText("No roles match these filters.")).toBeVisible();

  // Clear empties the box and the URL, and leaves focus in the box (the link itself goes).
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/roles$/);
  await expect(search).toHaveValue("");
  await expect(search).toBeFocused();
  await expect(rows.first()).toBeVisible();
});

test("client users cannot list the agency's clients through the picker's endpoint", async ({ browser }) => {
  for (const user of ["acmeHiring", "northwindViewer"] as const) {
    const context = await browser.newContext({ storageState: storageFor(user) });
    const response = await context.request.get("/api/clients/lookup?q=");
    expect(response.status(), user).toBe(404);
    expect(await response.text()).not.toContain("Northwind");
    await context.close();
  }
  const recruiter = await browser.newContext({ storageState: storageFor("recruiter") });
  const response = await recruiter.request.get("/api/clients/lookup?q=acme");
  expect((await response.json()).results.map((c: { name: string }) => c.name)).toEqual(["Acme Robotics"]);
  await recruiter.close();
});

test("links in lists and on the board navigate in place, without reloading the page", async ({ browser }) => {
  const page = await pageAs(browser, "recruiter");
  await page.goto("/roles");
  // A full page load would drop this marker; a client-side navigation keeps it.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  const first = page.getByRole("table", { name: "Roles" }).getByRole("link").first();
  const title = (await first.textContent())!;
  await first.click();
  await expect(page).toHaveURL(/\/roles\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await page.getByRole("link", { name: "Rejected", exact: true }).click();
  await expect(page).toHaveURL(/\?expand=rejected$/);
  await expect(page.getByRole("link", { name: "Rejected", exact: true })).toHaveAttribute("aria-expanded", "true");
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});

test("on a phone the roles list fits the screen: the header folds into a menu and each role is a card", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageFor("recruiter"), viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto("/roles");
  await expect(page.getByRole("heading", { level: 1, name: "Roles" })).toBeInViewport();
  // The page itself never scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  // Nor does the table inside its card: each role stacks into a card, its pipeline in view.
  const table = page.getByRole("table", { name: "Roles" });
  const sizes = await table.evaluate((t) => ({ table: t.scrollWidth, box: t.parentElement!.clientWidth }));
  expect(sizes.table).toBeLessThanOrEqual(sizes.box);
  const firstLink = table.getByRole("link").first();
  expect((await firstLink.boundingBox())!.height).toBeLessThan(50);
  const pipeline = table.getByRole("img", { name: /^Pipeline: / }).first();
  await expect(pipeline).toBeVisible();
  const box = (await pipeline.boundingBox())!;
  expect(box.x + box.width, "the pipeline's right edge").toBeLessThanOrEqual(390);
  // The sections are one tap away in the header's menu.
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await page.getByRole("button", { name: "Menu" }).click();
  const menu = page.getByRole("menu");
  await expect(menu.getByRole("menuitem", { name: "Candidates" })).toBeVisible();
  // Open, it passes axe: inside the header's landmark, with nothing behind it hidden yet focusable.
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
  await menu.getByRole("menuitem", { name: "Candidates" }).click();
  await expect(page).toHaveURL("/candidates");
  await context.close();
});

test("a role's opening date is at most a year ahead: the picker stops there and a typed later date is refused at the field", async ({ browser }) => {
  const page = await pageAs(browser, "recruiter");
  await page.goto("/roles/new");
  const yearAhead = new Date(Date.now() + 366 * 86_400_000).toISOString().slice(0, 10);
  const openedOn = page.getByLabel("Opened on");
  await expect(openedOn).toHaveAttribute("max", yearAhead);
  await page.getByLabel("Title").fill("Staff Engineer, far future");
  await pickClient(page, "Northwind Labs");
  await openedOn.fill(`${Number(yearAhead.slice(0, 4)) + 1}${yearAhead.slice(4)}`);
  await page.getByRole("button", { name: "Create role" }).click();
  await expect(page.getByText("A role opens at most a year from today")).toBeVisible();
  // Focus is on the field in error, not on the button that sent the form.
  await expect(openedOn).toBeFocused();
  await expect(page.getByLabel("Title")).toHaveValue("Staff Engineer, far future");
  await expect(page).toHaveURL(/\/roles\/new$/);
  await page.context().close();
});

test("the role form finds its client by typing and offers only that client's hiring managers", async ({ browser }) => {
  const page = await pageAs(browser, "recruiter");
  await page.goto("/roles/new");
  const title = `Platform Lead ${uniq()}`;
  await page.getByLabel("Title").fill(title);
  const manager = page.getByLabel("Client hiring manager");
  await expect(manager).toHaveValue("");
  await expect(manager.getByRole("option")).toHaveText(["Choose the client first"]);

  // Sent without a client: refused at the field, which takes focus.
  await page.getByRole("button", { name: "Create role" }).click();
  const client = page.getByRole("combobox", { name: "Client", exact: true });
  await expect(page.getByText("Choose a client")).toBeVisible();
  await expect(client).toBeFocused();
  await expect(client).toHaveAttribute("aria-invalid", "true");

  await pickClient(page, "Northwind Labs");
  await expect(manager.getByRole("option")).toHaveText(["None yet", "Jordan Blake"]);
  await manager.selectOption({ label: "Jordan Blake" });
  // Another client, by keyboard: the suggestions shown on focus give way to the matches, and
  // Enter takes the first of them. Its own hiring managers, none chosen.
  await client.fill("");
  const matches = page.getByRole("listbox", { name: "Client matches" }).getByRole("option");
  await expect(matches.first()).toBeVisible();
  await client.pressSequentially("acme");
  await expect(matches).toHaveText(["Acme Robotics"]);
  await client.press("Enter");
  await expect(client).toHaveValue("Acme Robotics");
  await expect(manager.getByRole("option")).toHaveText(["None yet", "Priya Natarajan"]);
  await manager.selectOption({ label: "Priya Natarajan" });
  // Refused for another field: the client and its hiring manager stay as chosen.
  await page.getByLabel("Title").fill("");
  await page.getByRole("button", { name: "Create role" }).click();
  await expect(page.getByLabel("Title")).toBeFocused();
  await expect(page.getByRole("combobox", { name: "Client", exact: true })).toHaveValue("Acme Robotics");
  await expect(manager.locator("option:checked")).toHaveText("Priya Natarajan");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create role" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Hiring manager Priya Natarajan")).toBeVisible();

  // Editing starts from the role's client and hiring manager.
  await page.getByRole("link", { name: "Edit role" }).click();
  await expect(page.getByRole("combobox", { name: "Client", exact: true })).toHaveValue("Acme Robotics");
  await expect(page.getByLabel("Client hiring manager")).toHaveValue(/\d+/);
  await expect(page.getByLabel("Client hiring manager").locator("option:checked")).toHaveText("Priya Natarajan");
  await page.context().close();
});
