import { expect, type Page } from "@playwright/test";
import { notice } from "./fixtures";

export { notice };

/** A token unique to this run, so parallel tests and reruns never collide. */
export const uniq = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

/** Picks a client in a form's type-ahead client field (the role form, the user form). */
export async function pickClient(page: Page, name: string) {
  const field = page.getByRole("combobox", { name: "Client", exact: true });
  await field.fill(name);
  await page.getByRole("listbox", { name: "Client matches" }).getByRole("option", { name, exact: true }).click();
  await expect(field).toHaveValue(name);
}

export async function createRole(page: Page, { title, client, type = "Lead Engineer" }: { title: string; client: string; type?: string }): Promise<number> {
  await page.goto("/roles/new");
  await page.getByLabel("Title").fill(title);
  await pickClient(page, client);
  await page.getByLabel("Role type").selectOption({ label: type });
  await page.getByLabel("Status").selectOption({ label: "Open" });
  await page.getByLabel("Stack and skills").fill("TypeScript, PostgreSQL");
  await page.getByRole("button", { name: "Create role" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return Number(new URL(page.url()).pathname.split("/").pop());
}

export async function createCandidate(
  page: Page,
  { name, email, skills = "TypeScript, Go" }: { name: string; email: string; skills?: string },
): Promise<number> {
  await page.goto("/candidates/new");
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Current title").fill("Senior Software Engineer");
  await page.getByLabel("Skills").fill(skills);
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return Number(new URL(page.url()).pathname.split("/").pop());
}

export async function addToRole(page: Page, roleId: number, search: string, name: string) {
  if (!page.url().endsWith(`/roles/${roleId}`)) await page.goto(`/roles/${roleId}`);
  const box = page.getByRole("combobox", { name: "Add a candidate to this role" });
  // A screen reader hears "collapsed" until matches show.
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await box.fill(search);
  await expect(page.getByRole("option", { name: new RegExp(`^${name}`) })).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("option", { name: new RegExp(`^${name}`) }).click();
  await expect(notice(page)).toContainText(`Added ${name}`);
  await expect(column(page, "Sourced").getByRole("link", { name, exact: true })).toBeVisible();
}

export const column = (page: Page, stage: string) => page.getByRole("region", { name: `${stage} column` });
/** A board card: the list item holding the candidate's link. */
export const card = (page: Page, name: string) => page.getByRole("listitem").filter({ has: page.getByRole("link", { name, exact: true }) });
/** Where moves, refusals and additions are answered: sonner's toasts (one per kind at a time). */

/** Drags a card onto a column with the mouse, in small steps as a hand would (dnd-kit starts a drag after a few pixels). */
export async function dragCard(page: Page, name: string, to: string) {
  // Wide enough for every active column: a drag cannot drop on a column scrolled out of view.
  if ((page.viewportSize()?.width ?? 0) < 1440) await page.setViewportSize({ width: 1440, height: 900 });
  // After a move the board refreshes from the server; start from the settled board.
  await page.waitForLoadState("networkidle");
  // …and from where the card has come to rest: a refresh may still re-lay the columns out.
  const link = card(page, name).getByRole("link", { name, exact: true });
  let from = (await link.boundingBox())!;
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(100);
    const again = (await link.boundingBox())!;
    if (again.x === from.x && again.y === from.y) break;
    from = again;
  }
  const target = (await column(page, to).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 });
  await page.mouse.move(target.x + target.width / 2, target.y + Math.min(120, target.height / 2), { steps: 12 });
  // Let the board see the pointer over the column before the drop.
  await page.waitForTimeout(100);
  await page.mouse.up();
}

/** Opens a card's "Move to…" menu from the keyboard and arrows down to a stage. */
export async function chooseByKeyboard(page: Page, name: string, to: string) {
  // Keep the mouse out of the menu's way, as a keyboard user's is: a pointer moving over an item
  // highlights it, and so takes focus from the arrow keys.
  await page.mouse.move(0, 0);
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu", { name: `Move ${name} to` });
  await expect(menu).toBeVisible();
  // The menu takes focus as it opens; arrows pressed before that would go nowhere.
  await expect.poll(() => menu.evaluate((m) => m.contains(document.activeElement))).toBe(true);
  const item = menu.getByRole("menuitem", { name: to, exact: true });
  // Radix moves focus a tick after the key: wait for it to land before looking again, or a second
  // press could go past the stage.
  const focused = () => page.evaluate(() => document.activeElement?.textContent ?? "");
  for (let i = 0; i < 12; i++) {
    if (await item.evaluate((el) => el === document.activeElement)) break;
    const before = await focused();
    await page.keyboard.press("ArrowDown");
    await expect.poll(focused).not.toBe(before);
  }
  await expect(item).toBeFocused();
  await page.keyboard.press("Enter");
}

export async function moveByKeyboard(page: Page, name: string, to: string) {
  const button = page.getByRole("button", { name: `Move ${name} to` });
  await button.focus();
  await expect(button).toBeFocused();
  await chooseByKeyboard(page, name, to);
}

/** Submits a card's candidate to the role's client through the submit dialog (the only way to the client's later stages). */
export async function submitToClient(page: Page, name: string, client: string) {
  await page.waitForLoadState("networkidle");
  await expect(card(page, name)).toBeVisible();
  await moveByKeyboard(page, name, "Submitted");
  await page
    .getByRole("dialog", { name: `Submit ${name} to ${client}` })
    .getByRole("button", { name: "Submit" })
    .click();
  await expect(column(page, "Submitted").getByText(name)).toBeVisible();
  await expect(notice(page)).toContainText("Moved 1 candidate to Submitted.");
  // The board refreshes from the server after a move: a menu opened mid-refresh loses its focus.
  await page.waitForLoadState("networkidle");
}
