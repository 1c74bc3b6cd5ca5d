import { describe, expect, it } from "vitest";
import { userKinds } from "@/lib/domain";
import { can, permissions, type Permission } from "./permissions";

// The expected matrix, written out in full: changing who may do what means changing this table.
const Y = true;
const N = false;
const expected: Record<Permission, [admin: boolean, recruiter: boolean, hiringManager: boolean, clientViewer: boolean]> = {
  "home:view": [Y, Y, Y, Y],
  "home:agency-totals": [Y, Y, N, N],
  "home:owned-roles": [Y, Y, N, N],
  "home:awaiting-review": [N, N, Y, N],
  "session:sign-out": [Y, Y, Y, Y],
  "users:manage": [Y, N, N, N],
  "clients:view": [Y, Y, N, N],
  "clients:manage": [Y, Y, N, N],
  "clients:view-all": [Y, Y, N, N],
  "roles:view": [Y, Y, Y, N],
  "roles:manage": [Y, Y, N, N],
  "candidates:view": [Y, Y, Y, N],
  "candidates:view-contact": [Y, Y, N, N],
  "candidates:manage": [Y, Y, N, N],
  "search:ranked": [Y, Y, N, N],
  "applications:create": [Y, Y, N, N],
  "applications:view-unsubmitted": [Y, Y, N, N],
  "applications:view-reasons": [Y, Y, N, N],
  "applications:move": [Y, Y, Y, N],
  "notes:view-internal": [Y, Y, N, N],
  "notes:create": [Y, Y, Y, N],
  "notes:create-internal": [Y, Y, N, N],
  "resumes:download": [Y, Y, Y, N],
  "applications:share-resume": [Y, Y, N, N],
  "resumes:download-unshared": [Y, Y, N, N],
  "evaluation:manage-templates": [Y, N, N, N],
  "evaluation:manage-role": [Y, Y, N, N],
  "interviews:view": [Y, Y, Y, N],
  "interviews:schedule": [Y, Y, N, N],
  "scorecards:fill": [Y, Y, Y, N],
  "scorecards:view-all-interviewers": [Y, Y, N, N],
  "evaluation:view-summary": [Y, Y, Y, N],
  "evaluation:view-details": [Y, Y, N, N],
  "checklist:tick": [Y, Y, N, N],
  "references:manage": [Y, Y, N, N],
  "trials:view": [Y, Y, Y, Y],
  "trials:start": [Y, Y, N, N],
  "trials:view-internal": [Y, Y, N, N],
  "trials:check-in": [Y, Y, Y, Y],
  "trials:check-in-internal": [Y, Y, N, N],
  "trials:tick-goals": [Y, Y, Y, N],
  "trials:decide": [Y, Y, Y, N],
  "trials:reopen": [Y, N, N, N],
  "client-users:manage": [Y, Y, N, N],
  "reports:view": [Y, Y, N, N],
  "candidates:export-personal-data": [Y, N, N, N],
  "candidates:erase": [Y, N, N, N],
};

describe("authorization matrix", () => {
  it("covers every permission", () => {
    expect(Object.keys(expected).sort()).toEqual([...permissions].sort());
  });

  for (const permission of permissions) {
    userKinds.forEach((kind, i) => {
      it(`${kind} ${expected[permission][i] ? "may" : "may not"} ${permission}`, () => {
        expect(can({ kind }, permission)).toBe(expected[permission][i]);
      });
    });
  }

  it("refuses what the table does not name, and the signed-out", () => {
    expect(can({ kind: "admin" }, "nonsense:do" as Permission)).toBe(false);
    expect(can(null, "home:view")).toBe(false);
    expect(can({ kind: "superuser" as never }, "home:view")).toBe(false);
  });
});
