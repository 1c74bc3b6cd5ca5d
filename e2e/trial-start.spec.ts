import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { pageAs, switchColorScheme } from "./fixtures";
import { addToRole, card, column, createCandidate, createRole, moveByKeyboard, notice, submitToClient, uniq } from "./pipeline-helpers";

// Starting a trial: Offer → Trial happens only through the trial's form (dates, owner, buddy,
// overlap, day-one scope, metrics, goals), from the board's "Move to…" or the application page.

async function candidateInOffer(page: Page, id: string, first: string) {
  const roleId = await createRole(page, { title: `Trial Start ${first} ${id}`, client: "Northwind Labs" });
  const name = `${first} Trial${id}`;
  await createCandidate(page, { name, email: `${first.toLowerCase()}.trial.${id}@example.test` });
  await addToRole(page, roleId, `trial${id}`, name);
  await submitToClient(page, name, "Northwind Labs");
  await moveByKeyboard(page, name, "Offer");
  await expect(column(page, "Offer").getByText(name)).toBeVisible();
  return { roleId, name };
}

/** Fills the plan's required fields (the dates, owner and buddy keep their defaults). */
async function fillPlan(page: Page) {
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByLabel("Start date")).not.toHaveValue("");
  await expect(dialog.getByLabel("Onboarding owner")).toHaveValue(/\d+/);
  await dialog.getByLabel("Daily overlap").fill("14:00–17:00 Northwind time");
  await dialog.getByLabel("Day-one scope").fill("Laptop, repository access, first small ticket.");
  await dialog.getByLabel("Onboarding speed").check();
  await dialog.getByLabel("Week one goals").fill("Ship a small fix\nPair on two code reviews");
  await dialog.getByLabel("Week two goals").fill("Own a feature end to end");
}

const plusDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function openApplication(page: Page, name: string) {
  await card(page, name).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByRole("link", { name: /^Interviews and evaluation: Trial Start/ }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("a recruiter moves a candidate from Offer to Trial through the trial's form; Cancel leaves the card in Offer", async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await pageAs(browser, "recruiter");
  const { name } = await candidateInOffer(page, uniq(), "Tess");

  await moveByKeyboard(page, name, "Trial");
  const dialog = page.getByRole("dialog", { name: `Start ${name}'s trial` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Start date")).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(column(page, "Offer").getByText(name)).toBeVisible();
  await expect(column(page, "Trial").getByText(name)).toHaveCount(0);

  // Saving with the required fields empty says so by field and moves nothing.
  await moveByKeyboard(page, name, "Trial");
  await dialog.getByRole("button", { name: "Start trial" }).click();
  await expect(dialog.getByText("Describe the first day's scope")).toBeVisible();
  await expect(dialog.getByText("Write at least one goal for week one")).toBeVisible();
  await expect(dialog.getByText("Write at least one goal for week two")).toBeVisible();
  await fillPlan(page);
  // A mistake above the fold is brought into view: focus goes to the first field with an error.
  // Retyping the start (it is empty on the way) takes the end along, two weeks after it.
  const startsOn = plusDays(await dialog.getByLabel("Start date").inputValue(), 7);
  await dialog.getByLabel("Start date").fill("");
  await dialog.getByLabel("Start date").fill(startsOn);
  await expect(dialog.getByLabel("End date")).toHaveValue(plusDays(startsOn, 14));
  await dialog.getByLabel("End date").fill(plusDays(startsOn, 90));
  await dialog.getByRole("button", { name: "Start trial" }).click();
  await expect(dialog.getByLabel("End date")).toBeFocused();
  await expect(dialog.getByText("A trial lasts at most 60 days (it can be extended later)")).toBeInViewport();
  await dialog.getByLabel("End date").fill("");
  await dialog.getByRole("button", { name: "Start trial" }).click();
  await expect(dialog.getByText("Choose the end date")).toBeVisible();
  await dialog.getByLabel("End date").fill(plusDays(startsOn, 14));

  // Someone else moves the candidate meanwhile (out of Offer and back): the save is refused in the
  // dialog, which stays open with everything typed, rather than closing with a toast.
  const other = await pageAs(browser, "recruiter");
  await other.goto(page.url());
  await moveByKeyboard(other, name, "Client interview");
  await expect(column(other, "Client interview").getByText(name)).toBeVisible();
  await moveByKeyboard(other, name, "Offer");
  await expect(column(other, "Offer").getByText(name)).toBeVisible();
  await other.context().close();
  await dialog.getByRole("button", { name: "Start trial" }).click();
  await expect(dialog.getByRole("alert", { name: "Start trial status" })).toContainText("meanwhile");
  await expect(dialog.getByLabel("Day-one scope")).toHaveValue("Laptop, repository access, first small ticket.");
  await expect(dialog.getByLabel("End date")).toHaveValue(plusDays(startsOn, 14));
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  await moveByKeyboard(page, name, "Trial");
  await fillPlan(page);
  await dialog.getByRole("button", { name: "Start trial" }).click();
  await expect(notice(page)).toContainText("Moved 1 candidate to Trial.");
  // No Undo for a trial's start: the toast offers the trial instead.
  await expect(notice(page).getByRole("button", { name: "Open trial" })).toBeVisible();
  await expect(notice(page).getByRole("button", { name: "Undo" })).toHaveCount(0);
  await expect(column(page, "Trial").getByText(name)).toBeVisible();
  await page.reload();
  await expect(column(page, "Trial").getByText(name)).toBeVisible();

  // Out of Trial only through the decision: the card offers no move from there.
  await expect(page.getByRole("button", { name: `Move ${name} to` })).toHaveCount(0);

  await openApplication(page, name);
  const trial = page.getByRole("region", { name: "Trial" });
  await expect(trial.getByRole("link", { name: "Open the trial" })).toHaveAttribute("href", /^\/trials\/\d+$/);
});

test("the application page's Start trial button opens the same form and starts the trial", async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await pageAs(browser, "recruiter");
  const { name } = await candidateInOffer(page, uniq(), "Uma");
  await openApplication(page, name);
  await page.getByRole("button", { name: "Start trial" }).click();
  await expect(page.getByRole("dialog", { name: `Start ${name}'s trial` })).toBeVisible();
  await fillPlan(page);
  for (const colorScheme of ["light", "dark"] as const) {
    await switchColorScheme(page, colorScheme);
    const { violations } = await new AxeBuilder({ page }).exclude("[data-sonner-toaster]").analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`),
      colorScheme,
    ).toEqual([]);
  }
  await page.getByRole("dialog").getByRole("button", { name: "Start trial" }).click();
  await expect(notice(page)).toContainText("Moved 1 candidate to Trial.");
  await expect(page.getByRole("region", { name: "Trial" }).getByRole("link", { name: "Open the trial" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Start trial" })).toHaveCount(0);
  // The toast's "Open trial" goes to the trial just started.
  await notice(page).getByRole("button", { name: "Open trial" }).click();
  await expect(page).toHaveURL(/\/trials\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
});

test("the list's bulk move to Trial is refused for several candidates: each trial needs its own plan", async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await pageAs(browser, "recruiter");
  const id = uniq();
  const { roleId, name } = await candidateInOffer(page, id, "Val");
  const other = `Wyn Trial${id}`;
  await createCandidate(page, { name: other, email: `wyn.trial.${id}@example.test` });
  await addToRole(page, roleId, `wyn trial${id}`, other);
  await submitToClient(page, other, "Northwind Labs");
  await moveByKeyboard(page, other, "Offer");
  await expect(column(page, "Offer").getByText(other)).toBeVisible();
  await page.getByRole("link", { name: "List" }).click();
  await page.getByLabel(`Select ${name}`).check();
  await page.getByLabel(`Select ${other}`).check();
  await page.getByLabel("Move selected to").selectOption({ label: "Trial" });
  await page.getByRole("button", { name: "Move", exact: true }).click();
  await expect(notice(page)).toContainText("Start trials one at a time");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  // Nothing moved: the selection stays, to choose another stage.
  await expect(page.getByText("2 selected")).toBeVisible();
  await expect(page.getByLabel(`Select ${name}`)).toBeChecked();
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Offer");
  await expect(page.getByRole("row").filter({ hasText: other })).toContainText("Offer");
});
