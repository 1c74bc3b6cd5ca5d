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
