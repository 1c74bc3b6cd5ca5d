import { expect, test as setup } from "@playwright/test";
import { demoUsers, signIn, storageFor, type DemoUser } from "./fixtures";

// Signs in once per demo user and saves the session for the journeys.
for (const key of Object.keys(demoUsers) as DemoUser[]) {
  setup(`sign in as ${key}`, async ({ page }) => {
    await signIn(page, demoUsers[key].email);
    await expect(page).toHaveURL("/");
    await page.context().storageState({ path: storageFor(key) });
  });
}
