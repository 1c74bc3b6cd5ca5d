import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { pageAs } from "./fixtures";
import { addToRole, card, column, createCandidate, createRole, moveByKeyboard, notice, uniq } from "./pipeline-helpers";

// TEMPORARY: checks the decision section through a temporary route; deleted before merge.
test("decide: extend, end with backfill, reopen as admin, convert", async ({ browser }) => {
  test.setTimeout(120_000);
  const id = uniq();
  const page = await pageAs(browser, "recruiter");
  const roleId = await createRole(page, { title: `Decision ${id}`, client: "Northwind Labs" });
  const names = [`Vic Dec${id}`, `Wes Dec${id}`];
  for (const [i, name] of names.entries()) {
    await createCandidate(page, { name, email: `dec${i}.${id}@example.test` });
    await addToRole(page, roleId, name.split(" ")[1].toLowerCase(), name);
    await moveByKeyboard(page, name, "Offer");
    await expect(column(page, "Offer").getByText(name)).toBeVisible();
  }
  // Wes reached Offer, then was rejected: a runner-up.
  await moveByKeyboard(page, names[1], "Rejected");
  await page.getByRole("dialog").getByLabel("Reason").selectOption({ label: "Client declined" });
  await page.getByRole("dialog").getByRole("button", { name: "Reject" }).click();
  await expect(notice(page)).toContainText("Moved 1 candidate to Rejected.");

  await moveByKeyboard(page, names[0], "Trial");
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByLabel("Start date")).not.toHaveValue("");
  await dialog.getByLabel("Daily overlap").fill("14:00–17:00");
  await dialog.getByLabel("Day-one scope").fill("Access");
  await dialog.getByLabel("Delivery velocity").check();
  await dialog.getByLabel("Week one goals").fill("Ship");
  await dialog.getByRole("button", { name: "Start trial" }).click();
  await expect(notice(page)).toContainText("Moved 1 candidate to Trial.");
  await card(page, names[0]).getByRole("link", { name: names[0], exact: true }).click();
  await page.getByRole("link", { name: /^Interviews and evaluation: Decision/ }).click();
  const href = await page.getByRole("link", { name: "Open the trial" }).getAttribute("href");
  const trialId = href!.split("/").pop();

  await page.goto(`/tmp-decision/${trialId}`);
  const section = page.getByRole("region", { name: "Decision" });
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).exclude("[data-sonner-toaster]").disableRules(["page-has-heading-one"]).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`),
      colorScheme,
    ).toEqual([]);
  }
  await section.getByLabel("Extend").check();
  await section.getByLabel("Reason for extending").fill("One more week");
  await section.getByRole("button", { name: "Extend trial" }).click();
  await expect(section.getByText(/^Extended to /)).toBeVisible();

  await section.getByLabel("End trial").check();
  await section.getByLabel("Why it ended").selectOption({ label: "Skills gap" });
  await section.getByRole("button", { name: "End trial…" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "End trial" }).click();
  await expect(section.getByText("Ended", { exact: true })).toBeVisible();
  await expect(section.getByRole("table", { name: "Runners-up" })).toContainText(names[1]);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).exclude("[data-sonner-toaster]").disableRules(["page-has-heading-one"]).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`),
      colorScheme,
    ).toEqual([]);
  }
  await section.getByRole("button", { name: `Move back to Client interview: ${names[1]}` }).click();
  await expect(notice(page)).toContainText(`${names[1]} is back in Client interview.`);

  const admin = await pageAs(browser, "admin");
  await admin.goto(`/tmp-decision/${trialId}`);
  await admin.getByRole("button", { name: "Reopen decision…" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Reopen decision" }).click();
  await expect(notice(admin)).toContainText("back in Trial");

  const hm = await pageAs(browser, "northwindHiring");
  await hm.goto(`/tmp-decision/${trialId}`);
  const hmSection = hm.getByRole("region", { name: "Decision" });
  await hmSection.getByRole("button", { name: "Convert to hire…" }).click();
  await hm.getByRole("dialog").getByRole("button", { name: "Convert to hire" }).click();
  await expect(hmSection.getByText("Converted", { exact: true })).toBeVisible();
  await page.goto(`/roles/${roleId}`);
  await expect(page.getByText("1 of 1 hired")).toBeVisible();
  await expect(column(page, "Hired").getByText(names[0])).toBeVisible();

  const acme = await pageAs(browser, "acmeHiring");
  await acme.goto(`/tmp-decision/${trialId}`);
  await expect(acme.getByRole("region", { name: "Decision" })).toHaveCount(0);
});
