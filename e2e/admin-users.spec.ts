import { expect, test, type Page } from "@playwright/test";
import { notice, pageAs, signIn } from "./fixtures";
import { pickClient } from "./pipeline-helpers";

/** The list shows a page of users: the search finds the ones a test made. */
async function findUsers(admin: Page, text: string) {
  await admin.getByRole("searchbox", { name: "Search" }).fill(text);
  await expect(admin).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text)}`));
}

test("an admin creates a user, who is thrown out on the next page load once deactivated", async ({ browser }) => {
  const admin = await pageAs(browser, "admin");
  await admin.goto("/settings/users");
  const email = `dev-${Date.now()}@agency.test`;

  // Bad input: every field error is shown, and what was typed stays.
  await admin.getByLabel("Name").fill("Quinn Tester");
  await admin.getByLabel("Email").fill(email);
  await admin.getByLabel("Kind of user").selectOption("recruiter");
  // An agency user belongs to the agency: there is no company to choose.
  await expect(admin.getByText("Bridgewater Talent Partners (the agency)")).toBeVisible();
  await admin.getByLabel("Initial password").fill("short");
  await admin.getByRole("button", { name: "Create user" }).click();
  await expect(admin.getByText("Password must be at least 12 characters")).toBeVisible();
  await expect(admin.getByLabel("Name")).toHaveValue("Quinn Tester");

  await admin.getByLabel("Initial password").fill("a-long-enough-password");
  await admin.getByLabel("Confirm the password").fill("a-long-enough-passwrod");
  await admin.getByRole("button", { name: "Create user" }).click();
  await expect(admin.getByText("The two passwords differ")).toBeVisible();
  await admin.getByLabel("Initial password").fill("a-long-enough-password");
  await admin.getByLabel("Confirm the password").fill("a-long-enough-password");
  await admin.getByRole("button", { name: "Create user" }).click();
  await expect(notice(admin)).toContainText("Created Quinn Tester.");
  // The list shows a page of users: the toast's Show finds the new one.
  await notice(admin).getByRole("button", { name: "Show Quinn Tester" }).click();
  await expect(admin).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(email)}`));
  await expect(admin.getByRole("searchbox", { name: "Search" })).toHaveValue(email);
  await expect(admin.getByRole("cell", { name: email })).toBeVisible();

  const quinn = await (await browser.newContext()).newPage();
  await signIn(quinn, email, "a-long-enough-password");
  await expect(quinn).toHaveURL("/");
  await expect(quinn.getByRole("banner")).toContainText("Quinn Tester");

  // Deactivating signs them out, so it asks first; Cancel changes nothing.
  await admin.getByRole("button", { name: "Deactivate Quinn Tester" }).click();
  const confirm = admin.getByRole("dialog", { name: "Deactivate Quinn Tester?" });
  await expect(confirm).toContainText("signed out at once");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  await expect(admin.getByRole("button", { name: "Deactivate Quinn Tester" })).toBeFocused();
  await quinn.reload();
  await expect(quinn).toHaveURL("/");
  // Confirmed by keyboard: focus lands on the row's Reactivate button.
  await admin.getByRole("button", { name: "Deactivate Quinn Tester" }).press("Enter");
  await confirm.getByRole("button", { name: "Deactivate" }).press("Enter");
  await expect(admin.getByRole("button", { name: "Reactivate Quinn Tester" })).toBeFocused();

  await quinn.reload();
  await expect(quinn).toHaveURL(/\/login$/);
  await signIn(quinn, email, "a-long-enough-password");
  await expect(quinn.getByRole("alert", { name: "Sign-in error" })).toHaveText("Invalid email or password");

  // Reactivated, they can sign in again.
  await admin.getByRole("button", { name: "Reactivate Quinn Tester" }).focus();
  await admin.keyboard.press("Enter");
  // The keyboard user is still on the same button, now offering the opposite.
  await expect(admin.getByRole("button", { name: "Deactivate Quinn Tester" })).toBeFocused();
  await signIn(quinn, email, "a-long-enough-password");
  await expect(quinn).toHaveURL("/");
});

test("an admin resets an agency user's password; the old one stops working", async ({ browser }) => {
  const admin = await pageAs(browser, "admin");
  await admin.goto("/settings/users");
  const tag = String(Date.now());
  const email = `reset-${tag}@agency.test`;
  await admin.getByLabel("Name").fill("Robin Reset");
  await admin.getByLabel("Email").fill(email);
  await admin.getByLabel("Kind of user").selectOption("recruiter");
  await admin.getByLabel("Initial password").fill("first-password-123");
  await admin.getByLabel("Confirm the password").fill("first-password-123");
  await admin.getByRole("button", { name: "Create user" }).click();
  await expect(notice(admin)).toContainText("Created Robin Reset.");
  // Found by what both the email and the corrected one below contain.
  await findUsers(admin, tag);

  const row = admin.getByRole("row").filter({ hasText: email });
  await row.getByRole("button", { name: "Reset password" }).click();
  const popover = admin.getByRole("dialog");
  await popover.getByLabel("New password for Robin Reset").fill("second-password-456");
  await popover.getByLabel("Confirm the password").fill("second-password-456");
  await popover.getByRole("button", { name: "Set password" }).click();
  await expect(notice(admin)).toContainText("Password reset for Robin Reset.");

  const robin = await (await browser.newContext()).newPage();
  await signIn(robin, email, "first-password-123");
  await expect(robin.getByRole("alert", { name: "Sign-in error" })).toHaveText("Invalid email or password");
  await signIn(robin, email, "second-password-456");
  await expect(robin).toHaveURL("/");
  await expect(robin.getByRole("banner")).toContainText("Bridgewater Talent Partners");

  // A misspelt name and email corrected: the next page shows the new name, and the new email signs in.
  const renamed = `renamed-${tag}@agency.test`;
  await row.getByRole("button", { name: "Edit Robin Reset" }).click();
  const editor = admin.getByRole("dialog", { name: "Edit Robin Reset" });
  await editor.getByLabel("Name").fill("Robyn Reset");
  // A bad email first: focus goes to it, not to the name the dialog starts on, and the name stays as typed.
  await editor.getByLabel("Email").fill("not-an-email");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.getByLabel("Email")).toBeFocused();
  await expect(editor.getByLabel("Name")).toHaveValue("Robyn Reset");
  await editor.getByLabel("Email").fill(renamed);
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(notice(admin)).toContainText("Saved Robyn Reset.");
  await expect(editor).toBeHidden();
  await expect(admin.getByRole("cell", { name: renamed })).toBeVisible();
  await robin.reload();
  await expect(robin.getByRole("banner")).toContainText("Robyn Reset");
  const again = await (await browser.newContext()).newPage();
  await signIn(again, email, "second-password-456");
  await expect(again.getByRole("alert", { name: "Sign-in error" })).toHaveText("Invalid email or password");
  await signIn(again, renamed, "second-password-456");
  await expect(again).toHaveURL("/");
});

test("an admin adds a client user: no password typed, a one-time link instead", async ({ browser }) => {
  const admin = await pageAs(browser, "admin");
  await admin.goto("/settings/users");
  const email = `linked-${Date.now()}@acme.test`;
  await admin.getByLabel("Name").fill("Lee Linked");
  await admin.getByLabel("Email").fill(email);
  await admin.getByLabel("Kind of user").selectOption("client_viewer");
  await expect(admin.getByLabel("Initial password")).toHaveCount(0);
  // A client user needs their client: refused at the field until one is picked.
  await admin.getByRole("button", { name: "Create user" }).click();
  await expect(admin.getByText("Choose a client")).toBeVisible();
  const client = admin.getByRole("combobox", { name: "Client", exact: true });
  await expect(client).toBeFocused();
  await expect(client).toHaveAttribute("aria-invalid", "true");
  await pickClient(admin, "Acme Robotics");
  // Refused for another field: the client picked stays picked.
  await admin.getByLabel("Email").fill("not-an-email");
  await admin.getByRole("button", { name: "Create user" }).click();
  await expect(admin.getByLabel("Email")).toBeFocused();
  await expect(client).toHaveValue("Acme Robotics");
  await admin.getByLabel("Email").fill(email);
  await admin.getByRole("button", { name: "Create user" }).click();

  const dialog = admin.getByRole("dialog", { name: "Set-password link for Lee Linked" });
  const link = await dialog.getByLabel("Link").inputValue();
  expect(link).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}$/);
  // The list shows a page of users: the dialog leads to the new one.
  await dialog.getByRole("link", { name: "Show Lee Linked" }).click();
  await expect(dialog).toBeHidden();
  await expect(admin).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(email)}`));
  const row = admin.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Link pending");
  await expect(row.getByRole("button", { name: "Reset password" })).toHaveCount(0);
  // A new link replaces the first; closing its dialog gives focus back to the row's button.
  const newLink = row.getByRole("button", { name: "Send a new set-password link to Lee Linked" });
  await newLink.click();
  const again = admin.getByRole("dialog", { name: "Set-password link for Lee Linked" });
  const second = await again.getByLabel("Link").inputValue();
  expect(second).not.toBe(link);
  await again.getByRole("button", { name: "Done" }).click();
  await expect(newLink).toBeFocused();

  const lee = await (await browser.newContext()).newPage();
  await lee.goto(link);
  // The first link was replaced: it no longer works.
  await expect(lee.getByRole("main")).toContainText("ask your recruiter for a new one");
  await lee.goto(second);
  await expect(lee.getByRole("main")).toContainText("Lee Linked");
  await expect(lee.getByRole("main")).toContainText("Acme Robotics");
});
