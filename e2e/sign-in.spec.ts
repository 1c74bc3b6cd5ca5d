import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, demoUsers, pageAs, signIn, type DemoUser } from "./fixtures";

test.describe("each demo user", () => {
  for (const key of Object.keys(demoUsers) as DemoUser[]) {
    const user = demoUsers[key];
    test(`${key} lands on home and sees only their navigation`, async ({ browser }) => {
      const page = await pageAs(browser, key);
      await page.goto("/");
      const nav = page.getByRole("navigation", { name: "Main" });
      await expect(nav.getByRole("link")).toHaveText([...user.nav]);
      await expect(page.getByRole("banner")).toContainText(user.name);
      await expect(page.getByRole("banner")).toContainText(user.company);
      await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    });
  }
});

test("a wrong password gets one generic message and keeps the email", async ({ page }) => {
  await signIn(page, "recruiter@agency.test", "not-the-password");
  await expect(page.getByRole("alert", { name: "Sign-in error" })).toHaveText("Invalid email or password");
  await expect(page.getByLabel("Email")).toHaveValue("recruiter@agency.test");
  await expect(page).toHaveURL(/\/login$/);

  await signIn(page, "nobody@agency.test", "not-the-password");
  await expect(page.getByRole("alert", { name: "Sign-in error" })).toHaveText("Invalid email or password");
});

test("an account is locked after 5 failed attempts, even for the right password", async ({ page }) => {
  const email = "lukas@quantapay.test"; // nobody else signs in as Quanta Pay's hiring manager in these tests
  for (let i = 0; i < 5; i++) {
    await signIn(page, email, `wrong-password-${i}`);
    await expect(page.getByRole("alert", { name: "Sign-in error" })).toHaveText("Invalid email or password");
  }
  await signIn(page, email, DEMO_PASSWORD);
  await expect(page.getByRole("alert", { name: "Sign-in error" })).toContainText("locked for 15 minutes");
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
});

test("signing out ends the session, and the old cookie no longer works", async ({ page, browser }) => {
  await signIn(page, demoUsers.northwindHiring.email);
  await expect(page).toHaveURL("/");
  const cookies = await page.context().cookies();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);

  // A copy of the session cookie taken before sign-out is revoked server-side.
  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const replayPage = await replay.newPage();
  await replayPage.goto("/");
  await expect(replayPage).toHaveURL(/\/login$/);
  // Following a link with the dead cookie still comes back to that page after signing in again.
  await replayPage.goto("/candidates");
  await expect(replayPage).toHaveURL(/\/login\?next=%2Fcandidates$/);
});

test("a signed-out visitor following a shared link signs in and lands on that page", async ({ page }) => {
  await page.goto("/roles?status=open");
  await expect(page).toHaveURL(/\/login\?next=%2Froles%3Fstatus%3Dopen$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("Email").fill(demoUsers.recruiter.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/roles?status=open");
  await expect(page.getByRole("heading", { level: 1, name: "Roles" })).toBeVisible();
});

test("a sign-in link pointing off the site is not followed: the user lands on home", async ({ page }) => {
  for (const next of ["https://evil.example/", "//evil.example/", "/\\evil.example", "/.//evil.example/"]) {
    await page.context().clearCookies();
    await page.goto(`/login?next=${encodeURIComponent(next)}`);
    await page.getByLabel("Email").fill(demoUsers.recruiter.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL("/");
  }
  // Already signed in, the sign-in page sends a visitor on at once: the same check applies.
  await page.goto(`/login?next=${encodeURIComponent("/.//evil.example/")}`);
  await expect(page).toHaveURL("/");
  // A forged form value is checked on the server too.
  await page.context().clearCookies();
  await page.goto("/login");
  await page.locator('input[name="next"]').evaluate((el) => ((el as HTMLInputElement).value = "https://evil.example/"));
  await page.getByLabel("Email").fill(demoUsers.recruiter.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/");
});

test("every page carries the security headers, and the session cookie is HttpOnly and SameSite=Lax", async ({ page }) => {
  const response = await page.goto("/login");
  const headers = response!.headers();
  const csp = headers["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("'unsafe-inline' 'nonce");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // Next's own inline scripts carry the nonce, so the page still works under the policy.
  const nonce = csp.match(/'nonce-([^']+)'/)![1];
  const inline = await page.locator("script:not([src])").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(inline.length).toBeGreaterThan(0);
  expect(inline.every((n) => n === nonce)).toBe(true);

  await signIn(page, demoUsers.acmeViewer.email);
  await expect(page).toHaveURL("/");
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"))!;
  expect(session.httpOnly).toBe(true);
  expect(session.sameSite).toBe("Lax");
  expect(session.expires * 1000 - Date.now()).toBeLessThanOrEqual(12 * 3600 * 1000 + 60_000);

  // So do an unknown address's (signed in): the browser blocks none of its scripts.
  const blocked: string[] = [];
  page.on("console", (m) => void (m.type() === "error" && /Content Security Policy/i.test(m.text()) && blocked.push(m.text())));
  const missing = await page.goto("/no-such-page");
  expect(missing?.status()).toBe(404);
  const missingNonce = missing!.headers()["content-security-policy"].match(/'nonce-([^']+)'/)![1];
  const missingInline = await page.locator("script:not([src])").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(missingInline.length).toBeGreaterThan(0);
  expect(missingInline.every((n) => n === missingNonce)).toBe(true);
  expect(blocked).toEqual([]);
});

test("the first page after signing in is already in the browser's time zone", async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: "America/New_York" });
  const page = await context.newPage();
  await page.goto("/login?next=%2Finterviews");
  await page.getByLabel("Email").fill(demoUsers.recruiter.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  // The sign-in post renders the page it lands on: it must carry the zone, or that page comes in UTC first.
  const post = page.waitForRequest((r) => r.method() === "POST" && new URL(r.url()).pathname === "/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  expect((await (await post).allHeaders()).cookie ?? "").toContain("tz=America%2FNew_York");
  await expect(page).toHaveURL("/interviews");
  await context.close();
});
