import { expect, test } from "@playwright/test";
import { pageAs, type DemoUser } from "./fixtures";

// On a phone a page scrolls down, never sideways: a wide table or chart scrolls inside its own box.
// (A visually hidden table header once widened /interviews by 276 px: it escaped the table's
// scroll box.) The pages each kind of user lands on and lists they open most.

const pages: Record<Extract<DemoUser, "recruiter" | "northwindHiring" | "northwindViewer">, string[]> = {
  recruiter: ["/", "/roles", "/candidates", "/interviews", "/trials", "/reports/funnel", "/reports/trials"],
  northwindHiring: ["/", "/interviews", "/trials"],
  northwindViewer: ["/", "/trials"],
};

for (const [user, paths] of Object.entries(pages) as [DemoUser, string[]][]) {
  test(`at 390 px nothing ${user} opens scrolls sideways`, async ({ browser }) => {
    const page = await pageAs(browser, user);
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole("main")).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(390);
    }
    await page.context().close();
  });
}

// Between a phone and a wide desktop (a tablet, a small laptop): an admin's header, with the most
// sections, once pushed the page 36–280 px sideways from 768 px to 1,024 px.
test("from 768 px to 1,280 px an admin's header fits the window and says who is signed in", async ({ browser }) => {
  const page = await pageAs(browser, "admin");
  for (const width of [768, 900, 1024, 1180, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/");
    await expect(page.getByRole("main")).toBeVisible();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `at ${width} px the page is ${scrollWidth} px wide`).toBeLessThanOrEqual(width);
    // Every section stays one click away: in the header, or in the menu below 1,024 px.
    await expect(width >= 1024 ? page.getByRole("navigation", { name: "Main" }) : page.getByRole("button", { name: "Menu" })).toBeVisible();
    // Who is signed in: initials (named for screen readers) beside the sections, the name itself from 1,280 px.
    if (width >= 1280) await expect(page.getByRole("banner").getByText("Alex Morgan", { exact: true })).toBeVisible();
    else if (width >= 1024) await expect(page.getByRole("banner").getByText(/^Signed in as Alex Morgan/)).toBeVisible();
  }
  await page.context().close();
});

test("at 390 px each interview on /interviews is a card whose time shows without scrolling", async ({ browser }) => {
  const page = await pageAs(browser, "northwindHiring");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/interviews");
  // The header row is hidden on a phone; each interview's cells stack in its row's card.
  const when = page
    .getByRole("cell")
    .filter({ hasText: /\d{2}:\d{2}–\d{2}:\d{2}/ })
    .first();
  await expect(when).toBeVisible();
  const box = (await when.boundingBox())!;
  expect(box.x + box.width, "the time's right edge").toBeLessThanOrEqual(390);
  await page.context().close();
});

test("at 390 px a decided trial's card gives its outcome, not a count of days left", async ({ browser }) => {
  const page = await pageAs(browser, "northwindViewer");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/trials?status=decided");
  const first = page.getByRole("table", { name: "Trials" }).getByRole("row").nth(1);
  await expect(first).toContainText(/Converted|Ended/);
  await expect(first).not.toContainText("Days left");
  await page.context().close();
});

test("at 390 px an admin's users and clients are cards: every column in view, none behind a sideways scroll", async ({ browser }) => {
  const page = await pageAs(browser, "admin");
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [path, name, last] of [
    ["/settings/users", "Users", page.getByRole("button", { name: /^Deactivate/ }).first()],
    ["/clients", "Clients", page.getByText(/· Contacts \d+/).first()],
  ] as const) {
    await page.goto(path);
    const table = page.getByRole("table", { name });
    const sizes = await table.evaluate((t) => ({ table: t.scrollWidth, box: t.parentElement!.clientWidth }));
    expect(sizes.table, `${path}: the table fits its card`).toBeLessThanOrEqual(sizes.box);
    await expect(last).toBeVisible();
    const box = (await last.boundingBox())!;
    expect(box.x + box.width, `${path}: the last column's right edge`).toBeLessThanOrEqual(390);
  }
  await page.context().close();
});
