import type { UserKind } from "@/db/schema";

/**
 * The one table of who may do what. Anything not named here is refused.
 * Record-level scoping (which client's rows) lives in the viewer-scoped queries.
 */
export const permissions = [
  "home:view",
  "home:agency-totals",
  "session:sign-out",
  "users:manage",
  "clients:view",
  "clients:manage",
  "roles:view",
  "roles:manage",
  "candidates:view",
  "candidates:manage",
  "applications:create",
  "applications:move",
  "notes:view-internal",
  "notes:create",
  "resumes:download",
] as const;
export type Permission = (typeof permissions)[number];

const agencyWork: Permission[] = [
  "home:view",
  "home:agency-totals",
  "session:sign-out",
  "clients:view",
  "clients:manage",
  "roles:view",
  "roles:manage",
  "candidates:view",
  "candidates:manage",
  "applications:create",
  "applications:move",
  "notes:view-internal",
  "notes:create",
  "resumes:download",
];

const grants: Record<UserKind, ReadonlySet<Permission>> = {
  admin: new Set<Permission>([...agencyWork, "users:manage"]),
  recruiter: new Set<Permission>(agencyWork),
  hiring_manager: new Set<Permission>([
    "home:view",
    "session:sign-out",
    "roles:view",
    "candidates:view",
    "applications:move",
    "notes:create",
    "resumes:download",
  ]),
  client_viewer: new Set<Permission>(["home:view", "session:sign-out"]),
};

export function can(viewer: { kind: UserKind } | null | undefined, permission: Permission): boolean {
  if (!viewer) return false;
  return grants[viewer.kind]?.has(permission) ?? false;
}

export function isAgency(viewer: { kind: UserKind }): boolean {
  return viewer.kind === "admin" || viewer.kind === "recruiter";
}
