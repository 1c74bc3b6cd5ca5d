import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { expectNotFoundPage, notice, pageAs, signIn, switchColorScheme } from "./fixtures";

/** The first link on the page whose address matches, as a path (read through the links' role). */
async function firstHref(page: Page, pattern: RegExp): Promise<string | undefined> {
  const hrefs = await page.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.find((h) => pattern.test(h));
}

/** Adds a client (so the spec's people are its own) and opens its page. */
async function openFreshClient(page: Page, company: string) {
  await page.goto("/clients");
  await page.getByLabel("Company name").fill(company);
  await page.getByRole("button", { name: "Add client" }).click();
  await expect(notice(page)).toContainText(`Added ${company}.`);
  // The list shows a page of clients: the toast opens the new one.
  await notice(page)
    .getByRole("button", { name: `Open ${company}` })
    .click();
  await expect(page.getByRole("heading", { name: company, level: 1 })).toBeVisible();
}

test("a recruiter gives a client's viewer access through a one-time link, and takes it away", async ({ browser }) => {
  const recruiter = await pageAs(browser, "recruiter");
  const stamp = Date.now();
  const company = `Linkwise ${stamp}`;
  const email = `viewer-${stamp}@linkwise.test`;
  await openFreshClient(recruiter, company);
  const people = recruiter.getByRole("region", { name: "People" });
  await expect(people).toContainText(`Nobody at ${company} can sign in yet.`);

  // An agency kind is not offered, and there is no password field to type one.
  await expect(people.getByLabel("Access").getByRole("option")).toHaveText(["Hiring manager", "Client viewer (trials only)"]);
  await expect(people.getByLabel(/password/i)).toHaveCount(0);

  await people.getByLabel("Person's name").fill("Vera Linkwise");
  await people.getByLabel("Person's email").fill(email);
  await people.getByLabel("Access").selectOption("client_viewer");
  await people.getByRole("button", { name: "Add person" }).click();

  const dialog = recruiter.getByRole("dialog", { name: "Set-password link for Vera Linkwise" });
  await expect(dialog).toContainText("Pass this link on to Vera Linkwise yourself");
  const link = await dialog.getByLabel("Link").inputValue();
  expect(link).toMatch(/^http:\/\/localhost:\d+\/set-password\/[A-Za-z0-9_-]{43}$/);
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();
  const row = people.getByRole("listitem").filter({ hasText: email });
  await expect(row).toContainText("Client viewer");
  await expect(row).toContainText("Link pending");

  // They cannot sign in before setting a password.
  const vera = await (await browser.newContext()).newPage();
  await signIn(vera, email, "anything-at-all-123");
  await expect(vera.getByRole("alert", { name: "Sign-in error" })).toHaveText("Invalid email or password");

  // The link, in a browser with no session: whose account it is, then a new password.
  await vera.goto(link);
  await expect(vera.getByRole("heading", { name: "Set your password" })).toBeVisible();
  await expect(vera.getByRole("main")).toContainText(`Vera Linkwise (${email}) at ${company}`);
  await vera.getByLabel("New password", { exact: true }).fill("veras-own-password");
  await vera.getByLabel("Confirm new password").fill("not-the-same-password");
  await vera.getByRole("button", { name: "Set password" }).click();
  await expect(vera.getByText("The two passwords differ")).toBeVisible();
  await vera.getByLabel("New password", { exact: true }).fill("veras-own-password");
  await vera.getByLabel("Confirm new password").fill("veras-own-password");
  await vera.getByRole("button", { name: "Set password" }).click();
  await expect(vera).toHaveURL(/\/login\?notice=password-set$/);
  await expect(vera.getByText("Password set — sign in.")).toBeVisible();

  await signIn(vera, email, "veras-own-password");
  await expect(vera).toHaveURL("/");
  await expect(vera.getByRole("banner")).toContainText(company);

  // The same link a second time (signed out or not) has done its work.
  const again = await (await browser.newContext()).newPage();
  const response = await again.goto(link);
  expect(response?.status()).toBe(404);
  await expect(again.getByText("This link has expired or was already used — ask your recruiter for a new one.")).toBeVisible();

  await recruiter.reload();
  await expect(row).not.toContainText("Link pending");

  // Deactivated: signed out on the next page, and cannot sign in again.
  await row.getByRole("button", { name: "Deactivate Vera Linkwise" }).click();
  await recruiter.getByRole("dialog", { name: "Deactivate Vera Linkwise?" }).getByRole("button", { name: "Deactivate" }).click();
  await expect(notice(recruiter)).toContainText("Vera Linkwise is deactivated and signed out.");
  await expect(row.getByRole("button", { name: "Reactivate Vera Linkwise" })).toBeVisible();
  await vera.reload();
  await expect(vera).toHaveURL(/\/login/);
  await signIn(vera, email, "veras-own-password");
  await expect(vera.getByRole("alert", { name: "Sign-in error" })).toHaveText("Invalid email or password");
});

test("a new link replaces the one before it", async ({ browser }) => {
  const recruiter = await pageAs(browser, "recruiter");
  const stamp = Date.now();
  const email = `hm-${stamp}@relink.test`;
  await openFreshClient(recruiter, `Relink ${stamp}`);
  const people = recruiter.getByRole("region", { name: "People" });
  await people.getByLabel("Person's name").fill(`Hana Relink ${stamp}`);
  await people.getByLabel("Person's email").fill(email);
  await people.getByRole("button", { name: "Add person" }).click();
  const dialog = recruiter.getByRole("dialog");
  const first = await dialog.getByLabel("Link").inputValue();
  await dialog.getByRole("button", { name: "Done" }).click();

  await people.getByRole("button", { name: `Send a new set-password link to Hana Relink ${stamp}` }).click();
  const second = await recruiter
    .getByRole("dialog", { name: `Set-password link for Hana Relink ${stamp}` })
    .getByLabel("Link")
    .inputValue();
  expect(second).not.toBe(first);

  const visitor = await (await browser.newContext()).newPage();
  expect((await visitor.goto(first))?.status()).toBe(404);
  await visitor.goto(second);
  await expect(visitor.getByRole("heading", { name: "Set your password" })).toBeVisible();
});

test("a client viewer gets not found for every page and route outside their trials", async ({ browser }) => {
  const recruiter = await pageAs(browser, "recruiter");
  await recruiter.goto("/roles");
  const role = (await firstHref(recruiter, /^\/roles\/\d+$/)) ?? "/roles/1";
  await recruiter.goto("/candidates");
  const candidate = (await firstHref(recruiter, /^\/candidates\/\d+$/)) ?? "/candidates/1";
  await recruiter.goto(candidate);
  const application = (await firstHref(recruiter, /^\/applications\/\d+$/)) ?? "/applications/1";
  await recruiter.goto("/interviews");
  const interview = (await firstHref(recruiter, /^\/interviews\/\d+$/)) ?? "/interviews/1";
  await recruiter.goto("/clients");
  const client = (await firstHref(recruiter, /^\/clients\/\d+$/))!;

  const viewer = await pageAs(browser, "northwindViewer");
  const pages = [
    "/roles",
    "/roles/new",
    role,
    `${role}/edit`,
    `${role}/evaluation`,
    `${role}/compare`,
    "/candidates",
    "/candidates/new",
    candidate,
    `${candidate}/edit`,
    application,
    "/interviews",
    interview,
    "/clients",
    client,
    "/settings/users",
    "/settings/evaluation",
  ];
  for (const path of pages) {
    const response = await viewer.goto(path);
    expect(response?.status(), path).toBe(404);
    await expectNotFoundPage(viewer);
  }
  for (const path of [`${candidate}/resume`, `${interview}/ics`, "/api/candidates/lookup?q=a", "/api/clients/lookup?q=N"]) {
    const response = await viewer.request.get(path);
    expect(response.status(), path).toBe(404);
  }
});

test("the People card, the link dialog and the set-password pages pass axe, light and dark", async ({ browser }) => {
  test.setTimeout(90_000); // axe runs eight times here
  const recruiter = await pageAs(browser, "recruiter");
  const stamp = Date.now();
  await openFreshClient(recruiter, `Axe Check ${stamp}`);
  const people = recruiter.getByRole("region", { name: "People" });
  await people.getByLabel("Person's name").fill("Ari Axe");
  await people.getByLabel("Person's email").fill(`ari-${stamp}@axe.test`);
  await people.getByRole("button", { name: "Add person" }).click();
  const dialog = recruiter.getByRole("dialog", { name: "Set-password link for Ari Axe" });
  const link = await dialog.getByLabel("Link").inputValue();

  const violations = async (page: Page) =>
    (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" | ")}`);
  const visitor = await (await browser.newContext()).newPage();
  for (const scheme of ["light", "dark"] as const) {
    await switchColorScheme(recruiter, scheme);
    // The dialog cannot be reloaded: wait until the scheme's colour transitions have finished.
    await recruiter.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
    expect(await violations(recruiter), `dialog ${scheme}`).toEqual([]);
    await switchColorScheme(visitor, scheme);
    await visitor.goto(link);
    await visitor.getByRole("button", { name: "Set password" }).click();
    await expect(visitor.getByText("Password must be at least 12 characters")).toBeVisible();
    expect(await violations(visitor), `set-password ${scheme}`).toEqual([]);
    await visitor.goto(`${link.slice(0, -1)}${link.endsWith("A") ? "B" : "A"}`);
    await expect(visitor.getByText("This link has expired or was already used")).toBeVisible();
    expect(await violations(visitor), `expired ${scheme}`).toEqual([]);
  }
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();
  for (const scheme of ["light", "dark"] as const) {
    // A fresh load in each scheme: switching a live page mid-way catches buttons part-way through
    // their colour transition (and the closing dialog's fading overlay), which axe reads as low contrast.
    await switchColorScheme(recruiter, scheme);
    await recruiter.reload();
    await recruiter.waitForLoadState("networkidle");
    expect(await violations(recruiter), `client page ${scheme}`).toEqual([]);
  }
});
