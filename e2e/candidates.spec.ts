import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { pageAs, switchColorScheme } from "./fixtures";
import { addToRole, createCandidate, createRole, moveByKeyboard, notice, uniq } from "./pipeline-helpers";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

/** A candidate with contact details and a résumé, submitted to a role at `client` (sharing the résumé or not). */
async function submittedCandidate(page: Page, { id, client, share }: { id: string; client: string; share: boolean }) {
  const roleTitle = `Privacy Lead ${id}`;
  const roleId = await createRole(page, { title: roleTitle, client });
  const person = {
    name: `Noor Private${id}`,
    email: `noor.${id}@private.test`,
    phone: `+44 20 7946 ${String(parseInt(id.slice(-4), 36) % 10_000).padStart(4, "0")}`,
  };
  const candidateId = await createCandidate(page, person);
  await page.getByRole("link", { name: "Edit candidate" }).click();
  await page.getByLabel("Phone").fill(person.phone);
  await page.getByLabel("LinkedIn").fill(`https://linkedin.example/in/noor-${id}`);
  await page.getByRole("button", { name: "Save candidate" }).click();
  // Back on the candidate, the save is confirmed, and the address loses the marker that said so.
  await expect(notice(page)).toContainText("Candidate saved.");
  await expect(page).toHaveURL(new RegExp(`/candidates/${candidateId}$`));
  await page.getByLabel("Upload résumé").setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByRole("link", { name: "Download résumé" })).toBeVisible();
  await addToRole(page, roleId, `private${id}`, person.name);
  await moveByKeyboard(page, person.name, "Submitted");
  const dialog = page.getByRole("dialog", { name: `Submit ${person.name} to ${client}` });
  const box = dialog.getByRole("checkbox", { name: `Share the résumé with ${client}` });
  await expect(box).not.toBeChecked();
  if (share) await box.check();
  // A note over the limit is said under the note, with focus on it, and nothing is sent.
  await dialog.getByLabel("Note").fill("x".repeat(2_001));
  await dialog.getByRole("button", { name: "Submit" }).click();
  await expect(dialog.getByLabel("Note")).toBeFocused();
  await expect(dialog.getByText("Note is too long (at most 2,000 characters)")).toBeVisible();
  await dialog.getByLabel("Note").fill("Strong systems background.");
  await dialog.getByRole("button", { name: "Submit" }).click();
  await expect(notice(page)).toContainText("Moved 1 candidate to Submitted.");
  return { ...person, roleId, roleTitle, candidateId };
}

test("a hiring manager's candidate page, its HTML and its RSC payload carry no email, phone, links or source", async ({ browser }) => {
  test.setTimeout(60_000);
  const id = uniq();
  const recruiter = await pageAs(browser, "recruiter");
  const noor = await submittedCandidate(recruiter, { id, client: "Acme Robotics", share: false });
  await recruiter.goto(`/candidates/${noor.candidateId}`);
  await expect(recruiter.getByText(noor.email)).toBeVisible();

  const hm = await pageAs(browser, "acmeHiring");
  await hm.goto(`/candidates/${noor.candidateId}`);
  await expect(hm.getByRole("heading", { level: 1, name: noor.name })).toBeVisible();
  await expect(hm).toHaveTitle(new RegExp(`^${noor.name} — Candidate`));
  await expect(hm.getByRole("link", { name: "LinkedIn" })).toHaveCount(0);
  await expect(hm.getByText("Source")).toHaveCount(0);
  const url = `/candidates/${noor.candidateId}`;
  for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
    const response = await hm.request.get(url, { headers });
    expect(response.status()).toBe(200);
    const body = await response.text();
    expect(body).toContain(noor.name);
    for (const secret of [noor.email, noor.phone, `noor-${id}`, "linkedin.example"]) expect(body).not.toContain(secret);
  }
  // Nor does the list, nor a search by email.
  const list = await hm.request.get(`/candidates?q=${encodeURIComponent(noor.email)}`);
  expect(await list.text()).not.toContain(noor.name);
  await hm.goto(`/candidates?q=private${id}`);
  await expect(hm.getByRole("link", { name: noor.name })).toBeVisible();
  expect(await hm.content()).not.toContain(noor.email);
});

test("a résumé shared at submission is the client's to download; one not shared answers 404 until the agency shares it", async ({ browser }) => {
  test.setTimeout(90_000);
  const recruiter = await pageAs(browser, "recruiter");
  const shared = await submittedCandidate(recruiter, { id: uniq(), client: "Acme Robotics", share: true });
  const kept = await submittedCandidate(recruiter, { id: uniq(), client: "Acme Robotics", share: false });

  const hm = await pageAs(browser, "acmeHiring");
  expect((await hm.request.get(`/candidates/${shared.candidateId}/resume`)).status()).toBe(200);
  await hm.goto(`/candidates/${shared.candidateId}`);
  await expect(hm.getByRole("link", { name: "Download résumé" })).toBeVisible();
  expect((await hm.request.get(`/candidates/${kept.candidateId}/resume`)).status()).toBe(404);
  await hm.goto(`/candidates/${kept.candidateId}`);
  await expect(hm.getByRole("link", { name: "Download résumé" })).toHaveCount(0);
  await expect(hm.getByText("The agency has not shared a résumé with you.")).toBeVisible();
  // Another company's hiring manager gets nothing, shared or not.
  const northwind = await pageAs(browser, "northwindHiring");
  expect((await northwind.request.get(`/candidates/${shared.candidateId}/resume`)).status()).toBe(404);

  // The agency shares it later from the candidate page.
  await recruiter.goto(`/candidates/${kept.candidateId}`);
  const toggle = recruiter.getByRole("switch", { name: "Share the résumé with Acme Robotics" });
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await toggle.click();
  await expect(notice(recruiter)).toContainText("Résumé shared with the client.");
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  expect((await hm.request.get(`/candidates/${kept.candidateId}/resume`)).status()).toBe(200);
});

test("search as you type keeps the URL in step; filters apply as they change", async ({ browser }) => {
  const id = uniq();
  const page = await pageAs(browser, "recruiter");
  await createCandidate(page, { name: `Tess Typeahead${id}`, email: `tess.${id}@example.test`, skills: `Elixir, Go, Kotlin, Rust, Zig${id}` });
  await page.goto("/candidates");
  await page.keyboard.press("/");
  const search = page.getByRole("searchbox", { name: "Search" });
  await expect(search).toBeFocused();
  await search.pressSequentially(`typeahead${id}`, { delay: 20 });
  await expect(page).toHaveURL(new RegExp(`/candidates\\?q=typeahead${id}$`));
  const row = page.getByRole("row").filter({ hasText: `Tess Typeahead${id}` });
  await expect(row).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(2);
  await expect(row).toContainText("Not on a role");
  // Five skills: three chips, the rest behind "+2".
  await row.getByRole("button", { name: "All 5 skills of" + ` Tess Typeahead${id}` }).click();
  await expect(page.getByRole("dialog", { name: `Skills of Tess Typeahead${id}` })).toContainText(`Zig${id}`);
  await page.keyboard.press("Escape");

  await page.getByLabel("Source").selectOption({ label: "Referral" });
  await expect(page).toHaveURL(new RegExp(`q=typeahead${id}&source=referral`));
  await expect(page.getByText("No candidates match.")).toBeVisible();
  await page.getByLabel("Source").selectOption({ label: "Any source" });
  await search.fill("");
  await expect(page).toHaveURL(/\/candidates$/);

  // The box follows the URL when it changes from elsewhere: Clear, then Back, then the header's link.
  await search.pressSequentially(`typeahead${id}`, { delay: 20 });
  await expect(page).toHaveURL(new RegExp(`q=typeahead${id}$`));
  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page).toHaveURL(/\/candidates$/);
  await expect(search).toHaveValue("");
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`q=typeahead${id}$`));
  await expect(search).toHaveValue(`typeahead${id}`);
  await expect(page.getByRole("row")).toHaveCount(2);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Candidates" }).click();
  await expect(page).toHaveURL(/\/candidates$/);
  await expect(search).toHaveValue("");
});

test("a note about the candidate is locked to Internal; a hiring manager's note is confirmed as added", async ({ browser }) => {
  const id = uniq();
  const page = await pageAs(browser, "recruiter");
  const roleId = await createRole(page, { title: `Notes Lead ${id}`, client: "Northwind Labs" });
  const name = `Uma Notes${id}`;
  const candidateId = await createCandidate(page, { name, email: `uma.${id}@example.test` });
  await addToRole(page, roleId, `notes${id}`, name);
  await moveByKeyboard(page, name, "Submitted");
  await page
    .getByRole("dialog", { name: `Submit ${name} to Northwind Labs` })
    .getByRole("button", { name: "Submit" })
    .click();
  await expect(notice(page)).toContainText("Moved 1 candidate to Submitted.");

  // The card leads to the candidate, whose breadcrumbs lead back to the role.
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page).toHaveURL(`/candidates/${candidateId}?role=${roleId}`);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link")).toHaveText(["Roles", `Notes Lead ${id}`]);
  const visibility = page.getByLabel("Visibility");
  await page.getByLabel("About").selectOption({ label: "The candidate (agency only)" });
  await expect(visibility).toBeDisabled();
  await expect(visibility).toHaveValue("internal");
  await page.getByLabel("About").selectOption({ label: `Notes Lead ${id} (Northwind Labs)` });
  await expect(visibility).toBeEnabled();
  await page.getByLabel("About").selectOption({ label: "The candidate (agency only)" });
  await page.getByLabel("Note", { exact: true }).fill(`Agency only ${id}`);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(notice(page)).toContainText("Internal note added.");
  // The timeline names the role and its client.
  await expect(page.getByRole("list", { name: "Activity" })).toContainText(`Notes Lead ${id} · Northwind Labs`);

  const hm = await pageAs(browser, "northwindHiring");
  await hm.goto(`/candidates/${candidateId}`);
  await expect(hm.getByLabel("Visibility")).toHaveCount(0);
  await hm.getByLabel("Note", { exact: true }).fill(`From the client ${id}`);
  // By keyboard: the form is cleared after the save, and focus is back on its button, not at the page's start.
  await hm.getByRole("button", { name: "Add note" }).focus();
  await hm.keyboard.press("Enter");
  await expect(notice(hm)).toContainText("Note added.");
  await expect(hm.getByLabel("Note", { exact: true })).toHaveValue("");
  await expect(hm.getByRole("button", { name: "Add note" })).toBeFocused();
  await expect(notice(hm)).not.toContainText("shared");
  await expect(hm.getByRole("list", { name: "Activity" })).toContainText(`From the client ${id}`);
  expect(await hm.content()).not.toContain(`Agency only ${id}`);
});

test("candidate pages pass axe in light and dark, for the agency and a client", async ({ browser }) => {
  // Eight axe runs: about 18 s alone, and past the default 30 s while another worker runs beside it.
  test.setTimeout(60_000);
  for (const [user, path] of [
    ["recruiter", "/candidates"],
    ["acmeHiring", "/candidates"],
  ] as const) {
    const page = await pageAs(browser, user);
    await page.goto(path);
    const first = page.getByRole("table", { name: "Candidates" }).getByRole("link").first();
    for (const colorScheme of ["light", "dark"] as const) {
      await switchColorScheme(page, colorScheme);
      await page.goto(path);
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      if (await first.count()) {
        await first.click();
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        // After a client-side navigation the title arrives with the streamed metadata.
        await expect(page).toHaveTitle(/ — Candidate/);
        expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      }
    }
  }
});
