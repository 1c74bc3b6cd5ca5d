import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { demoUsers, expectNotFoundPage, pageAs } from "./fixtures";
import { createCandidate, createRole, uniq } from "./pipeline-helpers";

// The database the test server runs on (playwright.config.ts), read to see what the audit log kept.
const E2E_DB = "e2e/.data/e2e.db";

function refusalsOf(email: string, ids: string[]): { entity: string; id: string; ip: string | null }[] {
  const db = new Database(E2E_DB, { readonly: true });
  try {
    return db
      .prepare(
        `select a.entity_type as entity, a.entity_id as id, a.ip from audit_log a join users u on u.id = a.actor_id
         where u.email = ? and a.action = 'access.denied' and a.entity_id in (${ids.map(() => "?").join(", ")}) order by a.id`,
      )
      .all(email, ...ids) as { entity: string; id: string; ip: string | null }[];
  } finally {
    db.close();
  }
}

test("another company's hiring manager probing records by URL gets 404s, and each probe is audited", async ({ browser }) => {
  const id = uniq();
  const recruiter = await pageAs(browser, "recruiter");
  const roleId = String(await createRole(recruiter, { title: `Probe Target ${id}`, client: "Northwind Labs" }));
  const candidateId = String(await createCandidate(recruiter, { name: `Olga Probe${id}`, email: `olga.${id}@example.test` }));

  const acme = await pageAs(browser, "acmeHiring");
  expect((await acme.goto(`/roles/${roleId}`))?.status()).toBe(404);
  await expectNotFoundPage(acme);
  expect((await acme.goto(`/candidates/${candidateId}`))?.status()).toBe(404);
  await expectNotFoundPage(acme);
  expect((await acme.request.get(`/candidates/${candidateId}/resume`)).status()).toBe(404);

  await expect
    .poll(() => refusalsOf(demoUsers.acmeHiring.email, [roleId, candidateId]).map((r) => `${r.entity} ${r.id}`))
    .toEqual([`role ${roleId}`, `candidate ${candidateId}`, `resume ${candidateId}`]);
  expect(refusalsOf(demoUsers.acmeHiring.email, [roleId, candidateId]).every((r) => !!r.ip)).toBe(true);

  // A record that does not exist is only a 404: nothing to audit (checked once a later probe's row is in).
  expect((await acme.goto("/roles/987654321"))?.status()).toBe(404);
  expect((await acme.request.get(`/candidates/${candidateId}/resume`)).status()).toBe(404);
  await expect.poll(() => refusalsOf(demoUsers.acmeHiring.email, [candidateId]).filter((r) => r.entity === "resume").length).toBe(2);
  expect(refusalsOf(demoUsers.acmeHiring.email, ["987654321"])).toEqual([]);
});
