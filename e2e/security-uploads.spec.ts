import http from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { pageAs } from "./fixtures";
import { createCandidate, uniq } from "./pipeline-helpers";

// Résumé sizes at the edges, posted through the real upload action as the browser posts it.
const MB = 1024 * 1024;
const pdfOf = (size: number) => Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(size - 9, 32)]);

/**
 * Uploads a small résumé through the form and keeps how the browser posted it (action id and the
 * form's fields, read from the FormData handed to fetch), to replay it with other files.
 */
async function captureUpload(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __sent?: [string, string][] };
    const original = window.fetch;
    window.fetch = (input, init) => {
      if (init?.body instanceof FormData) w.__sent = [...init.body.entries()].map(([k, v]) => [k, typeof v === "string" ? v : "<file>"]);
      return original(input, init);
    };
  });
  await page.getByLabel("Upload résumé").setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 small") });
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
    page.getByRole("button", { name: "Upload", exact: true }).click(),
  ]);
  await expect(page.getByRole("link", { name: "Download résumé" })).toBeVisible();
  const sent = await page.evaluate(() => (window as unknown as { __sent: [string, string][] }).__sent);
  const fileField = sent.find(([, v]) => v === "<file>")![0];
  return async (file: Buffer) => {
    // The upload bumped the candidate's version: post the current one, as a fresh page would.
    await page.reload();
    const version = await page.locator('input[name="version"]').first().inputValue();
    // A FormData keeps the browser's field order (React reads its root field "0" last).
    const multipart = new FormData();
    for (const [k, v] of sent) {
      if (k === fileField) multipart.append(k, new File([Uint8Array.from(file)], "cv.pdf", { type: "application/pdf" }));
      else multipart.append(k, /_version$/.test(k) ? version : v);
    }
    return page.request.post(request.url(), {
      headers: { "next-action": request.headers()["next-action"], origin: new URL(request.url()).origin, accept: "text/x-component" },
      multipart,
      maxRedirects: 0,
    });
  };
}

test("a résumé of exactly 10 MB uploads through the form", async ({ browser }) => {
  const page = await pageAs(browser, "recruiter");
  const id = uniq();
  await createCandidate(page, { name: `Tess Edge${id}`, email: `tess.${id}@example.test` });
  await page.getByLabel("Upload résumé").setInputFiles({ name: "exact.pdf", mimeType: "application/pdf", buffer: pdfOf(10 * MB) });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByRole("link", { name: "Download résumé" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("Something went wrong")).toHaveCount(0);
});

test("posted directly, every size over 10 MB is refused with “at most 10 MB”, never an error", async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await pageAs(browser, "recruiter");
  const id = uniq();
  await createCandidate(page, { name: `Ollie Size${id}`, email: `ollie.${id}@example.test` });
  const post = await captureUpload(page);

  // Exactly 10 MB is accepted by the server itself, not only by the browser's check.
  const exact = await post(pdfOf(10 * MB));
  expect(exact.status()).toBe(200);
  expect(await exact.text()).toContain('"ok":true');

  for (const size of [10 * MB + 1, 11_000_000, 11 * MB, 26 * MB]) {
    const response = await post(pdfOf(size));
    const text = await response.text();
    expect([200, 413], `${size} bytes: ${response.status()}`).toContain(response.status());
    expect(text, `${size} bytes`).toContain("The résumé must be at most 10 MB");
    expect(text).not.toContain("Reference");
  }
});

test("a body of undeclared length (chunked) is refused with 411 rather than cut short", async ({ baseURL }) => {
  const url = new URL("/login", baseURL);
  const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request(url, {
      method: "POST",
      headers: { origin: url.origin, "content-type": "multipart/form-data; boundary=x", "transfer-encoding": "chunked" },
    });
    request.on("response", (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    request.end('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--\r\n');
  });
  expect(status).toBe(411);
  expect(body).toContain("Content-Length");
});
