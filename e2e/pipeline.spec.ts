import { expect, test } from "@playwright/test";
import { expectNotFoundPage, pageAs } from "./fixtures";
import { addToRole, column, createCandidate, createRole, dragCard, moveByKeyboard, notice, uniq } from "./pipeline-helpers";

test("a recruiter runs a pipeline; the client sees only what was submitted, and only shared notes", async ({ browser }) => {
  test.setTimeout(90_000);
  const id = uniq();
  const page = await pageAs(browser, "recruiter");
  const roleTitle = `Platform Lead ${id}`;
  const roleId = await createRole(page, { title: roleTitle, client: "Northwind Labs" });

  const ada = { name: `Ada Quill${id}`, email: `ada.${id}@example.test` };
  const ben = { name: `Ben Stroud${id}`, email: `ben.${id}@example.test` };
  const cai = { name: `Cai Moreno${id}`, email: `cai.${id}@example.test` };
  const adaId = await createCandidate(page, ada);
  await createCandidate(page, ben);
  const caiId = await createCandidate(page, cai);

  await addToRole(page, roleId, `quill${id}`, ada.name);
  await addToRole(page, roleId, `stroud${id}`, ben.name);
  await addToRole(page, roleId, `moreno${id}`, cai.name);
  await expect(column(page, "Sourced").getByText("3 candidates", { exact: true })).toBeAttached();

  // Drag Ada from Sourced to Screening.
  await dragCard(page, ada.name, "Screening");
  await expect(column(page, "Screening").getByText(ada.name)).toBeVisible();
  await expect(notice(page)).toContainText("Moved 1 candidate to Screening.");

  // Keyboard: Ada to Submitted, Cai to Screening.
  await moveByKeyboard(page, ada.name, "Submitted");
  await page
    .getByRole("dialog", { name: `Submit ${ada.name} to Northwind Labs` })
    .getByRole("button", { name: "Submit" })
    .click();
  await expect(column(page, "Submitted").getByText(ada.name)).toBeVisible();
  await expect(notice(page)).toContainText("Moved 1 candidate to Submitted.");
  await moveByKeyboard(page, cai.name, "Screening");
  await expect(column(page, "Screening").getByText(cai.name)).toBeVisible();
  // The client meets a candidate only through the submit dialog: no move from Screening skips it.
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: `Move ${cai.name} to` }).click();
  await expect(page.getByRole("menuitem")).toHaveText(["Sourced", "Interviewing", "Submitted", "Rejected", "Withdrawn"]);
  await page.keyboard.press("Escape");
  // The closed menu hands focus back to its button a moment later: wait, or it lands after the next card's button is focused.
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(page.getByRole("button", { name: `Move ${cai.name} to` })).toBeFocused();

  // Reject Ben with a reason.
  await moveByKeyboard(page, ben.name, "Rejected");
  const dialog = page.getByRole("dialog", { name: `Reject ${ben.name}` });
  await dialog.getByRole("button", { name: "Reject" }).click();
  await expect(dialog.getByText("Choose a reason for rejecting")).toBeVisible();
  await dialog.getByLabel("Reason").selectOption({ label: "Skills do not match the role" });
  await dialog.getByLabel("Details").fill("Strong frontend, but this role is mostly Go.");
  await dialog.getByRole("button", { name: "Reject" }).click();
  await expect(notice(page)).toContainText("Moved 1 candidate to Rejected.");
  await expect(column(page, "Sourced").getByText(ben.name)).toHaveCount(0);
  await expect(column(page, "Rejected").getByText("1 candidate", { exact: true })).toBeAttached();

  // The moves are stored: after a reload the board is the same.
  await page.reload();
  await expect(column(page, "Submitted").getByText(ada.name)).toBeVisible();
  await expect(column(page, "Screening").getByText(cai.name)).toBeVisible();
  await page.getByRole("link", { name: "Rejected", exact: true }).click();
  await expect(column(page, "Rejected").getByText(ben.name)).toBeVisible();
  // Ben never reached the client: back from Rejected, the client's later stages are not offered.
  await page.getByRole("button", { name: `Move ${ben.name} to` }).click();
  await expect(page.getByRole("menuitem")).toHaveText(["Sourced", "Screening", "Interviewing", "Submitted", "Withdrawn"]);
  await page.keyboard.press("Escape");

  // Notes of both visibilities on Ada's application, then the timeline, newest first.
  await page.goto(`/candidates/${adaId}`);
  for (const [body, visibility] of [
    [`Internal: salary above band ${id}`, "Internal (agency only)"],
    [`Shared: led a migration ${id}`, "Shared with the role's client"],
  ]) {
    await page.getByLabel("Note", { exact: true }).fill(body);
    await page.getByLabel("About").selectOption({ label: `${roleTitle} (Northwind Labs)` });
    await page.getByLabel("Visibility").selectOption({ label: visibility });
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(page.getByRole("list", { name: "Activity" }).getByText(body)).toBeVisible();
  }
  const activity = page.getByRole("list", { name: "Activity" }).getByRole("listitem");
  await expect(activity.nth(0)).toContainText(`Shared: led a migration ${id}`);
  await expect(activity.nth(1)).toContainText(`Internal: salary above band ${id}`);
  await expect(activity.nth(2)).toContainText("Moved from Screening to Submitted");
  await expect(activity.nth(3)).toContainText("Moved from Sourced to Screening");
  await expect(activity.nth(4)).toContainText("Added at Sourced");
  await expect(activity.nth(2)).toContainText("Riley Chen");

  // Northwind's hiring manager: Ada (submitted) yes, Cai (screening) no — on the board and by URL.
  const hm = await pageAs(browser, "northwindHiring");
  await hm.goto(`/roles/${roleId}`);
  await expect(column(hm, "Submitted").getByText(ada.name)).toBeVisible();
  await expect(hm.getByText(cai.name)).toHaveCount(0);
  await expect(hm.getByText(ben.name)).toHaveCount(0);
  expect((await hm.goto(`/candidates/${caiId}`))?.status()).toBe(404);
  await expectNotFoundPage(hm);
  await hm.goto(`/candidates/${adaId}`);
  await expect(hm.getByText(`Shared: led a migration ${id}`)).toBeVisible();
  expect(await hm.content()).not.toContain(`salary above band ${id}`);

  // The hiring manager may move Ada to client interview, but not back to screening.
  await hm.goto(`/roles/${roleId}`);
  await hm.getByRole("button", { name: `Move ${ada.name} to` }).click();
  await expect(hm.getByRole("menuitem")).toHaveText(["Client interview", "Offer", "Rejected"]);
  await hm.getByRole("menuitem", { name: "Client interview" }).click();
  await expect(column(hm, "Client interview").getByText(ada.name)).toBeVisible();

  // Acme's hiring manager: the role and the candidate do not exist.
  const acme = await pageAs(browser, "acmeHiring");
  expect((await acme.goto(`/roles/${roleId}`))?.status()).toBe(404);
  await expectNotFoundPage(acme);
  expect((await acme.goto(`/candidates/${adaId}`))?.status()).toBe(404);
  await expectNotFoundPage(acme);
});

test("a duplicate email is refused with a link to the existing candidate", async ({ browser }) => {
  const id = uniq();
  const page = await pageAs(browser, "recruiter");
  const existing = { name: `Dana Orig${id}`, email: `dana.${id}@example.test` };
  const existingId = await createCandidate(page, existing);

  await page.goto("/candidates/new");
  await page.getByLabel("Full name").fill(`Dana Copy${id}`);
  await page.getByLabel("Email").fill(`  DANA.${id}@Example.TEST `);
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByText("A candidate with this email already exists").first()).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue(`Dana Copy${id}`);
  await page.getByRole("link", { name: `Open ${existing.name}` }).click();
  await expect(page).toHaveURL(`/candidates/${existingId}`);
});

test("a résumé attached to a new candidate is kept through a refusal, and saved with the corrected form", async ({ browser }) => {
  const id = uniq();
  const page = await pageAs(browser, "recruiter");
  await page.goto("/candidates/new");
  await page.getByLabel("Full name").fill(`Rosa Kept${id}`);
  await page.getByLabel("Email").fill(`rosa.${id}@`);
  await page.getByLabel("Résumé").setInputFiles({ name: "rosa-cv.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByText("Enter a valid email").first()).toBeVisible();
  // Still attached: the file input holds it again.
  await expect.poll(() => page.getByLabel("Résumé").evaluate((input: HTMLInputElement) => input.files?.[0]?.name ?? null)).toBe("rosa-cv.pdf");
  await page.getByLabel("Email").fill(`rosa.${id}@example.test`);
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page).toHaveURL(/\/candidates\/\d+$/);
  await expect(page.getByRole("link", { name: "Download résumé" })).toBeVisible();
});

test("only real PDF or DOCX résumés up to 10 MB are stored, and downloaded as attachments", async ({ browser }) => {
  const id = uniq();
  const page = await pageAs(browser, "recruiter");
  const candidateId = await createCandidate(page, { name: `Eve Files${id}`, email: `eve.${id}@example.test` });
  const upload = async (name: string, mimeType: string, buffer: Buffer) => {
    await page.getByLabel("Upload résumé").setInputFiles({ name, mimeType, buffer });
    await page.getByRole("button", { name: "Upload", exact: true }).click();
  };

  // A Windows executable renamed to .pdf.
  await upload("resume.pdf", "application/pdf", Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(2048, 1)]));
  await expect(page.getByText("The résumé must be a PDF or a Word (.docx) file")).toBeVisible();
  // An 11 MB file that does start like a PDF.
  await upload("big.pdf", "application/pdf", Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(11 * 1024 * 1024, 32)]));
  await expect(page.getByText("The résumé must be at most 10 MB")).toBeVisible();
  await page.reload();
  await expect(page.getByText("No résumé on file.")).toBeVisible();

  await upload("cv.pdf", "application/pdf", Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"));
  await expect(page.getByRole("link", { name: "Download résumé" })).toBeVisible();
  const response = await page.request.get(`/candidates/${candidateId}/resume`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="Eve-Files.*-resume\.pdf"$/);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // Another company's user cannot download it.
  const acme = await pageAs(browser, "acmeHiring");
  expect((await acme.request.get(`/candidates/${candidateId}/resume`)).status()).toBe(404);
});

test("two people moving the same card: the second is told, and nothing is overwritten", async ({ browser }) => {
  const id = uniq();
  const recruiter = await pageAs(browser, "recruiter");
  const roleId = await createRole(recruiter, { title: `Conflict Role ${id}`, client: "Acme Robotics", type: "Senior Engineer" });
  const fay = { name: `Fay Race${id}`, email: `fay.${id}@example.test` };
  await createCandidate(recruiter, fay);
  await addToRole(recruiter, roleId, `race${id}`, fay.name);

  const admin = await pageAs(browser, "admin");
  await admin.goto(`/roles/${roleId}`);
  await expect(column(admin, "Sourced").getByText(fay.name)).toBeVisible();

  await moveByKeyboard(recruiter, fay.name, "Screening");
  await expect(notice(recruiter)).toContainText("Moved 1 candidate to Screening.");

  // The admin's board is stale: their move is refused and rolled back, even to the stage the card
  // is now in (the conflict, not "Already in Screening"), and again to another stage.
  for (const to of ["Screening", "Interviewing"]) {
    await moveByKeyboard(admin, fay.name, to);
    await expect(notice(admin)).toContainText("Someone else moved this candidate meanwhile; reload to see the change.");
    await expect(column(admin, "Sourced").getByText(fay.name)).toBeVisible();
  }
  await admin.reload();
  await expect(column(admin, "Screening").getByText(fay.name)).toBeVisible();
});

// Moving to Trial (its form, Cancel, the bulk refusal) is covered by e2e/trial-start.spec.ts.

test("the list view moves several candidates at once", async ({ browser }) => {
  const id = uniq();
  const page = await pageAs(browser, "recruiter");
  const roleId = await createRole(page, { title: `Bulk Role ${id}`, client: "Helios Health", type: "Engineering Manager" });
  const names = [`Gus Bulk${id}`, `Hal Bulk${id}`, `Ivy Bulk${id}`];
  for (const [i, name] of names.entries()) {
    await createCandidate(page, { name, email: `bulk${i}.${id}@example.test` });
    await addToRole(page, roleId, name.split(" ")[1].toLowerCase(), name);
  }
  await page.getByRole("link", { name: "List" }).click();
  await page.getByLabel(`Select ${names[0]}`).check();
  await page.getByLabel(`Select ${names[1]}`).check();
  await page.getByLabel("Move selected to").selectOption({ label: "Interviewing" });
  await page.getByRole("button", { name: "Move", exact: true }).click();
  await expect(notice(page)).toContainText("Moved 2 candidates to Interviewing.");
  await expect(page.getByText("0 selected")).toBeVisible();
  await page.reload();
  const rows = page.getByRole("row");
  await expect(rows.filter({ hasText: names[0] })).toContainText("Interviewing");
  await expect(rows.filter({ hasText: names[1] })).toContainText("Interviewing");
  await expect(rows.filter({ hasText: names[2] })).toContainText("Sourced");

  // Rejecting candidates from two stages at once, then Undo: each goes back to its own stage.
  await page.getByLabel(`Select ${names[1]}`).check();
  await page.getByLabel(`Select ${names[2]}`).check();
  await page.getByRole("button", { name: "Reject selected" }).click();
  const dialog = page.getByRole("dialog", { name: /^Reject/ });
  await dialog.getByLabel("Reason").selectOption({ label: "Skills do not match the role" });
  await dialog.getByRole("button", { name: "Reject" }).click();
  const rejected = notice(page).getByRole("listitem").filter({ hasText: "Moved 2 candidates to Rejected." });
  await expect(rejected).toBeVisible();
  await rejected.getByRole("button", { name: "Undo" }).click();
  // One toast for both moves back.
  await expect(notice(page)).toContainText(/Moved 2 candidates back: 1 to (Interviewing, 1 to Sourced|Sourced, 1 to Interviewing)\./);
  await page.reload();
  await expect(rows.filter({ hasText: names[1] })).toContainText("Interviewing");
  await expect(rows.filter({ hasText: names[2] })).toContainText("Sourced");

  // A refused bulk move leaves the rows where the sort put them (and the selection as it was).
  const order = async () => (await rows.filter({ hasText: `Bulk${id}` }).allTextContents()).map((text) => names.find((n) => text.includes(n)));
  const before = await order();
  const last = before.at(-1)!;
  await page.getByLabel(`Select ${last}`).check();
  await page.getByLabel("Move selected to").selectOption({ label: "Client interview" });
  await page.getByRole("button", { name: "Move", exact: true }).click();
  await expect(notice(page)).toContainText("Submit the candidate to the client first");
  expect(await order()).toEqual(before);
  await expect(page.getByLabel(`Select ${last}`)).toBeChecked();
  // Two at once: the refusal names the candidate it is for, and says no one moved.
  await page.getByLabel(`Select ${before[0]}`).check();
  await page.getByRole("button", { name: "Move", exact: true }).click();
  await expect(notice(page)).toContainText(
    new RegExp(`(${names.join("|")}): Submit the candidate to the client first \\(move to Submitted\\)\\. No one was moved\\.`),
  );
});

test("editing a candidate updates the profile and what search finds", async ({ browser }) => {
  const id = uniq();
  const page = await pageAs(browser, "recruiter");
  const candidateId = await createCandidate(page, { name: `Iris Edit${id}`, email: `iris.${id}@example.test`, skills: "Python" });
  await page.getByRole("link", { name: "Edit candidate" }).click();
  await expect(page.getByLabel("Full name")).toHaveValue(`Iris Edit${id}`);
  await page.getByLabel("Skills").fill(`Python, Zig${id}`);
  await page.getByLabel("Current title").fill("Staff Engineer");
  await page.getByRole("button", { name: "Save candidate" }).click();
  await expect(page).toHaveURL(`/candidates/${candidateId}`);
  await expect(page.getByRole("list", { name: "Skills" })).toContainText(`Zig${id}`);
  await expect(page.getByText("Staff Engineer").first()).toBeVisible();

  await page.goto(`/candidates?q=${encodeURIComponent(`zig${id.slice(0, 4)}`)}`);
  await expect(page.getByRole("link", { name: `Iris Edit${id}` })).toBeVisible();
});
