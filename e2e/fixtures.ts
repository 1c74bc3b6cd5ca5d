import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "trialboard-demo";

export const demoUsers = {
  admin: {
    email: "admin@agency.test",
    name: "Alex Morgan",
    company: "Bridgewater Talent Partners",
    nav: ["Home", "Roles", "Candidates", "Interviews", "Trials", "Clients", "Reports", "Users", "Evaluation"],
  },
  recruiter: {
    email: "recruiter@agency.test",
    name: "Riley Chen",
    company: "Bridgewater Talent Partners",
    nav: ["Home", "Roles", "Candidates", "Interviews", "Trials", "Clients", "Reports"],
  },
  northwindHiring: {
    email: "hiring@northwind.test",
    name: "Jordan Blake",
    company: "Northwind Labs",
    nav: ["Home", "Roles", "Candidates", "Interviews", "Trials"],
  },
  northwindViewer: { email: "viewer@northwind.test", name: "Casey Rivera", company: "Northwind Labs", nav: ["Home", "Trials"] },
  acmeHiring: { email: "hiring@acme.test", name: "Priya Natarajan", company: "Acme Robotics", nav: ["Home", "Roles", "Candidates", "Interviews", "Trials"] },
  acmeViewer: { email: "viewer@acme.test", name: "Dana Whitfield", company: "Acme Robotics", nav: ["Home", "Trials"] },
} as const;
export type DemoUser = keyof typeof demoUsers;

export const storageFor = (user: DemoUser) => `e2e/.auth/${user}.json`;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A page signed in as a demo user through the saved session of the setup project. */
export async function pageAs(browser: Browser, user: DemoUser): Promise<Page> {
  const context = await browser.newContext({ storageState: storageFor(user) });
  return context.newPage();
}

export async function expectNotFoundPage(page: Page) {
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
}

/** The toasts region (sonner): where successes and moves are told. */
export const notice = (page: Page) => page.getByRole("region", { name: /^Notifications/ });

/**
 * Switches the page to a colour scheme and waits until the colour transitions it starts have
 * finished: axe run mid-transition reads a button's in-between colours as low contrast.
 */
export async function switchColorScheme(page: Page, colorScheme: "light" | "dark") {
  await page.emulateMedia({ colorScheme });
  await page.waitForFunction(() => document.getAnimations().every((a) => !("transitionProperty" in a) || a.playState !== "running"));
}
