import { beforeAll, expect, it } from "vitest";
import { addCandidateToRole } from "@/lib/pipeline/commands";
import { contextFor, makeOrg, makeRole, makeViewer } from "@/lib/testing/factories";
import { createCandidate } from "./commands";
import { lookupCandidates } from "./lookup";

let recruiter: ReturnType<typeof makeViewer>;

beforeAll(async () => {
  recruiter = makeViewer("recruiter", makeOrg("agency"));
  const base = { source: "referral", phone: "+44 20 7946 0000", location: "", timezone: "", linkedinUrl: "", githubUrl: "", portfolioUrl: "" } as const;
  for (const [name, currentTitle] of [
    ["Quenby Lookup", "Staff Engineer"],
    ["Quill Lookup", ""],
  ]) {
    const made = await createCandidate({ ...base, name, email: `${name.replace(/\s/g, ".")}@lookup.test`, skills: "Go", currentTitle }, contextFor(recruiter));
    if (!made.ok) throw new Error(made.message);
  }
});

it("answers id, name and the current title as detail, and no contact details", () => {
  const results = lookupCandidates(recruiter, "lookup");
  expect(results.map((r) => r.name).sort()).toEqual(["Quenby Lookup", "Quill Lookup"]);
  expect(results.find((r) => r.name === "Quenby Lookup")).toMatchObject({ detail: "Staff Engineer" });
  expect(results.find((r) => r.name === "Quill Lookup")?.detail).toBeUndefined();
  const payload = JSON.stringify(results);
  expect(payload).not.toMatch(/@lookup\.test|7946|email|phone/);
  for (const r of results) expect(Object.keys(r).sort()).toEqual(r.detail ? ["detail", "id", "name"] : ["id", "name"]);
});

it("with a role, marks those already on it with their stage instead of offering them", () => {
  const client = makeOrg("client");
  const role = makeRole(client, recruiter);
  const quenby = lookupCandidates(recruiter, "quenby")[0];
  const added = addCandidateToRole({ roleId: role.id, candidateId: quenby.id }, contextFor(recruiter));
  expect(added.ok).toBe(true);
  const results = lookupCandidates(recruiter, "lookup", role.id);
  expect(results.find((r) => r.name === "Quenby Lookup")).toMatchObject({ disabled: "Already on this role · Sourced" });
  expect(results.find((r) => r.name === "Quill Lookup")?.disabled).toBeUndefined();
  // Another role: nothing marked.
  expect(lookupCandidates(recruiter, "lookup", makeRole(client, recruiter).id).some((r) => r.disabled)).toBe(false);
});
