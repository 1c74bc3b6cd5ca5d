import { expect, type Page } from "@playwright/test";

/** A token unique to this run, so parallel tests and reruns never collide. */
export const uniq = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

export async function createRole(page: Page, { title, client, type = "Lead Engineer" }: { title: string; client: string; type?: string }): Promise<number> {
  await page.goto("/roles/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Client", { exact: true }).selectOption({ label: client });
  await page.getByLabel("Role type").selectOption({ label: type });
  await page.getByLabel("Status").selectOption({ label: "Open" });
  await page.getByLabel("Stack and skills").fill("TypeScript, PostgreSQL");
  await page.getByRole("button", { name: "Create role" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return Number(new URL(page.url()).pathname.split("/").pop());
}

export async function createCandidate(page: Page, { name, email, skills = "TypeScript, Go" }: { name: string; email: string; skills?: string }): Promise<number> {
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
  await page.getByLabel("Add a candidate to this role").fill(search);
  await page.getByRole("button", { name: `Add ${name}` }).click();
  await expect(page.getByRole("status", { name: "Add candidate status" })).toContainText(`Added ${name}`);
  await expect(column(page, "Sourced").getByText(name, { exact: true })).toBeVisible();
}

export const column = (page: Page, stage: string) => page.getByRole("region", { name: `${stage} column` });
export const card = (page: Page, name: string) => page.locator("[data-card]").filter({ hasText: name });

export async function moveByKeyboard(page: Page, name: string, to: string) {
  const button = page.getByRole("button", { name: `Move ${name} to` });
  await button.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu", { name: `Move ${name} to` });
  await expect(menu).toBeVisible();
  // Arrow down through the menu until the target stage has focus, then Enter.
  for (let i = 0; i < 12; i++) {
    if (await menu.getByRole("menuitem", { name: to, exact: true }).evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press("ArrowDown");
  }
  await page.keyboard.press("Enter");
}
