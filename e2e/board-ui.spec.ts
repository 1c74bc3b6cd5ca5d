import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { pageAs, type DemoUser, switchColorScheme } from "./fixtures";
import { addToRole, card, chooseByKeyboard, column, createCandidate, createRole, dragCard, moveByKeyboard, notice, uniq } from "./pipeline-helpers";

const ACTIVE = ["Sourced", "Screening", "Interviewing", "Submitted", "Client interview", "Offer", "Trial", "Hired"];
// A demo role both the agency and Acme's hiring manager see, with candidates in several columns.
const DEMO_ROLE = "Tech Lead, Payments";
const DEMO_CLIENT = "Acme Robotics";

async function openDemoRole(page: Page, view: "board" | "list" = "board") {
  // Filtered as a recruiter would: other specs add roles that can push the demo's off the first page.
  await page.goto("/roles?type=lead&status=open");
  // The demo has two roles of this name at Acme; the open one has candidates in several columns.
  await page.getByRole("row").filter({ hasText: DEMO_CLIENT }).filter({ hasText: "Open" }).getByRole("link", { name: DEMO_ROLE, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_ROLE })).toBeVisible();
  if (view === "list") await page.getByRole("navigation", { name: "Pipeline view" }).getByRole("link", { name: "List" }).click();
  await expect(page.getByRole("navigation", { name: "Pipeline view" }).getByRole("link", { name: view === "list" ? "List" : "Board" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await page.waitForLoadState("networkidle");
}

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("keyboard only: move from the menu, reject with a reason, undo from the toast; focus follows the card", async ({ browser }) => {
  test.setTimeout(90_000);
  const id = uniq();
  const page = await pageAs(browser, "recruiter");
  const roleId = await createRole(page, { title: `Keys Role ${id}`, client: "Northwind Labs" });
  const ada = `Ada Keys${id}`;
  const ben = `Ben Keys${id}`;
  await createCandidate(page, { name: ada, email: `ada.keys.${id}@example.test` });
  await createCandidate(page, { name: ben, email: `ben.keys.${id}@example.test` });
  await addToRole(page, roleId, `ben keys${id}`, ben);
  await moveByKeyboard(page, ben, "Screening");
  await expect(column(page, "Screening").getByRole("link", { name: ben })).toBeVisible();
  await page.goto(`/roles/${roleId}`);
  await page.getByRole("combobox", { name: "Add a candidate to this role" }).fill(`ada keys${id}`);
  await expect(page.getByRole("option", { name: new RegExp(`^${ada}`) })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(notice(page)).toContainText(`Added ${ada}`);
  await expect(column(page, "Sourced").getByRole("link", { name: ada })).toBeVisible();

  // Tab from the search (`/` focuses it) to Ada's "Move to…" button.
  await page.locator("body").click({ position: { x: 5, y: 300 } });
  // "?" lists the shortcuts, the way to a move's Undo among them; Escape closes the list.
  await page.keyboard.press("?");
  const shortcuts = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(shortcuts).toContainText("Search on this page");
  await expect(shortcuts).toContainText("Go to the latest notice; Tab reaches its button");
  await page.keyboard.press("Escape");
  await expect(shortcuts).toBeHidden();
  await page.keyboard.press("/");
  await expect(page.getByRole("combobox", { name: "Add a candidate to this role" })).toBeFocused();
  const adaMenu = page.getByRole("button", { name: `Move ${ada} to` });
  for (let i = 0; i < 10 && !(await adaMenu.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(adaMenu).toBeFocused();
  // The shortcuts list gives focus back to where it was when it closes.
  await page.keyboard.press("?");
  await expect(shortcuts).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(shortcuts).toBeHidden();
  await expect(adaMenu).toBeFocused();
  // Enter opens the menu with its first choice focused, the first time as every time after.
  await page.mouse.move(0, 0);
  await page.keyboard.press("Enter");
  await expect(
    page
      .getByRole("menu", { name: `Move ${ada} to` })
      .getByRole("menuitem")
      .first(),
  ).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(adaMenu).toBeFocused();

  // Move to Screening: focus stays on Ada's button, now in the Screening column.
  await chooseByKeyboard(page, ada, "Screening");
  await expect(notice(page)).toContainText("Moved 1 candidate to Screening.");
  await expect(column(page, "Screening").getByRole("button", { name: `Move ${ada} to` })).toBeFocused();

  // Reject from the menu: the dialog asks why; Ada leaves the board and focus goes to the next card (Ben).
  await chooseByKeyboard(page, ada, "Rejected");
  const dialog = page.getByRole("dialog", { name: `Reject ${ada}` });
  await expect(dialog.getByLabel("Reason")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(dialog.getByLabel("Reason")).toHaveValue("skills_mismatch");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Mostly Go; Ada is frontend.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Reject" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(notice(page)).toContainText("Moved 1 candidate to Rejected.");
  await expect(column(page, "Screening").getByRole("link", { name: ada })).toHaveCount(0);
  await expect(column(page, "Screening").getByRole("button", { name: `Move ${ben} to` })).toBeFocused();

  // Undo from the toast (Alt+T reaches the notifications): Ada is back in Screening, and focused.
  await page.keyboard.press("Alt+T");
  // (The previous toast may still be fading out: take the rejection's.)
  const undo = notice(page).getByRole("listitem").filter({ hasText: "Moved 1 candidate to Rejected." }).getByRole("button", { name: "Undo" });
  for (let i = 0; i < 6 && !(await undo.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(undo).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(notice(page)).toContainText("Moved 1 candidate to Screening.");
  await expect(column(page, "Screening").getByRole("button", { name: `Move ${ada} to` })).toBeFocused();
  await page.reload();
  await expect(column(page, "Screening").getByRole("link", { name: ada })).toBeVisible();
  await expect(column(page, "Rejected").getByText("0 candidates", { exact: true })).toBeAttached();
});

test("a hiring manager can undo their own move and rejection, though only the agency may otherwise move a candidate back", async ({ browser }) => {
  const id = uniq();
  const recruiter = await pageAs(browser, "recruiter");
  const roleId = await createRole(recruiter, { title: `HM Undo ${id}`, client: "Northwind Labs" });
  const cy = `Cy Undo${id}`;
  await createCandidate(recruiter, { name: cy, email: `cy.undo.${id}@example.test` });
  await addToRole(recruiter, roleId, `undo${id}`, cy);
  await moveByKeyboard(recruiter, cy, "Submitted");
  await recruiter
    .getByRole("dialog", { name: `Submit ${cy} to Northwind Labs` })
    .getByRole("button", { name: "Submit" })
    .click();
  await expect(notice(recruiter)).toContainText("Moved 1 candidate to Submitted.");

  const hm = await pageAs(browser, "northwindHiring");
  await hm.goto(`/roles/${roleId}`);
  await moveByKeyboard(hm, cy, "Client interview");
  const moved = notice(hm).getByRole("listitem").filter({ hasText: "Moved 1 candidate to Client interview." });
  await moved.getByRole("button", { name: "Undo" }).click();
  await expect(notice(hm)).toContainText("Moved 1 candidate to Submitted.");
  await expect(column(hm, "Submitted").getByRole("link", { name: cy })).toBeVisible();

  await moveByKeyboard(hm, cy, "Rejected");
  const reject = hm.getByRole("dialog", { name: `Reject ${cy}` });
  await reject.getByLabel("Reason").selectOption({ label: "Client declined" });
  await reject.getByRole("button", { name: "Reject" }).click();
  const rejected = notice(hm).getByRole("listitem").filter({ hasText: "Moved 1 candidate to Rejected." });
  await rejected.getByRole("button", { name: "Undo" }).click();
  await expect(notice(hm).getByRole("listitem").filter({ hasText: "Moved 1 candidate to Submitted." }).last()).toBeVisible();
  // The server took the rejection back: after a reload Cy is in Submitted, not Rejected.
  await hm.reload();
  await expect(column(hm, "Submitted").getByRole("link", { name: cy })).toBeVisible();
  await expect(column(hm, "Rejected").getByRole("link", { name: cy })).toHaveCount(0);
});

test("dragging with the mouse moves a card; a drop where the rules refuse moves nothing and says why", async ({ browser }) => {
  const id = uniq();
  const page = await pageAs(browser, "recruiter");
  const roleId = await createRole(page, { title: `Drag Role ${id}`, client: "Acme Robotics", type: "Senior Engineer" });
  const dee = `Dee Drag${id}`;
  await createCandidate(page, { name: dee, email: `dee.drag.${id}@example.test` });
  await addToRole(page, roleId, `drag${id}`, dee);

  await dragCard(page, dee, "Screening");
  await expect(notice(page)).toContainText("Moved 1 candidate to Screening.");
  await expect(column(page, "Screening").getByRole("link", { name: dee })).toBeVisible();
  await expect(notice(page).getByRole("button", { name: "Undo" })).toBeVisible();

  await dragCard(page, dee, "Hired");
  await expect(notice(page)).toContainText("A hire is recorded by converting the candidate's trial");
  await expect(column(page, "Screening").getByRole("link", { name: dee })).toBeVisible();
  await expect(column(page, "Hired").getByRole("link", { name: dee })).toHaveCount(0);
  await page.reload();
  await expect(card(page, dee)).toHaveCount(1);
  await expect(column(page, "Screening").getByRole("link", { name: dee })).toBeVisible();

  // The same by keyboard: Space picks the card up, an arrow chooses the next column, Space drops it there.
  await card(page, dee)
    .getByRole("button", { name: `Drag ${dee}` })
    .focus();
  await page.keyboard.press("Space");
  await expect(page.getByText(`Picked up ${dee} from Screening.`)).toBeAttached();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByText(`${dee} is over Interviewing.`)).toBeAttached();
  await page.keyboard.press("Space");
  await expect(notice(page)).toContainText("Moved 1 candidate to Interviewing.");
  await expect(column(page, "Interviewing").getByRole("button", { name: `Drag ${dee}` })).toBeFocused();
});

test("at 1440 px the whole pipeline fits; on a phone the board scrolls inside itself, not the page", async ({ browser }) => {
  const page = await pageAs(browser, "recruiter");
  await page.setViewportSize({ width: 1440, height: 900 });
  await openDemoRole(page);
  for (const stage of ACTIVE) await expect(column(page, stage).getByRole("heading", { level: 2, name: stage })).toBeInViewport();
  for (const exit of ["Rejected", "Withdrawn"]) await expect(column(page, exit).getByRole("link", { name: exit })).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  await page.setViewportSize({ width: 390, height: 844 });
  const hired = column(page, "Hired").getByRole("heading", { name: "Hired" });
  await expect(hired).not.toBeInViewport();
  await hired.scrollIntoViewIfNeeded();
  await expect(hired).toBeInViewport();
  expect(await page.evaluate(() => ({ fits: document.documentElement.scrollWidth <= window.innerWidth, x: window.scrollX }))).toEqual({ fits: true, x: 0 });
});

test("dark mode: the board has no axe violations, contrast included", async ({ browser }, testInfo) => {
  const page = await pageAs(browser, "recruiter");
  await page.setViewportSize({ width: 1440, height: 900 });
  await switchColorScheme(page, "dark");
  await openDemoRole(page);
  // The page really is dark: a dark canvas and columns, light text (not a light page with some dark bits).
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb
      .match(/\d+/g)!
      .slice(0, 3)
      .map((c) => Number(c) / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const colours = await page.evaluate(() => ({
    canvas: getComputedStyle(document.body).backgroundColor,
    text: getComputedStyle(document.body).color,
    column: getComputedStyle(document.querySelector("main section")!).backgroundColor,
  }));
  expect(luminance(colours.canvas)).toBeLessThan(0.1);
  expect(luminance(colours.column)).toBeLessThan(0.15);
  expect(luminance(colours.text)).toBeGreaterThan(0.7);
  await expectNoAxeViolations(page);
  await testInfo.attach("board-dark-1440", { body: await page.screenshot(), contentType: "image/png" });
});

for (const user of ["recruiter", "acmeHiring"] as DemoUser[]) {
  test(`axe finds nothing on the board and the list for ${user}`, async ({ browser }) => {
    const page = await pageAs(browser, user);
    await openDemoRole(page);
    await expectNoAxeViolations(page);
    await openDemoRole(page, "list");
    await expectNoAxeViolations(page);
  });
}
