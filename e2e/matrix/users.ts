import type { UserKind } from "../../lib/domain";
import { can, type Permission } from "../../lib/access/permissions";
import type { DemoUser } from "../fixtures";

// The kinds of user the matrix runs as: signed out, the agency's two, and a hiring manager and a
// client viewer of company A (Northwind Labs) and of company B (Acme Robotics).

export type Owner = "agency" | "A" | "B";
export type Who = "signedOut" | DemoUser;

export const matrixUsers: { who: Who; kind: UserKind | null; company: Owner | null }[] = [
  { who: "signedOut", kind: null, company: null },
  { who: "admin", kind: "admin", company: "agency" },
  { who: "recruiter", kind: "recruiter", company: "agency" },
  { who: "northwindHiring", kind: "hiring_manager", company: "A" },
  { who: "northwindViewer", kind: "client_viewer", company: "A" },
  { who: "acmeHiring", kind: "hiring_manager", company: "B" },
  { who: "acmeViewer", kind: "client_viewer", company: "B" },
];
export type MatrixUser = (typeof matrixUsers)[number];

/** The permission table of lib/access, for a matrix user (signed out: nothing). */
export const userCan = (u: MatrixUser, permission: Permission) => !!u.kind && can({ kind: u.kind }, permission);

/** Whether the user's company may see a record of this owner: the agency sees every company's. */
export const ownsOrAgency = (u: MatrixUser, owner: Owner) => u.company === "agency" || (owner !== "agency" && u.company === owner);
