import type { CandidateSource, RoleStatus, RoleType, UserKind } from "@/db/schema";

export const userKindLabels: Record<UserKind, string> = {
  admin: "Admin",
  recruiter: "Recruiter",
  hiring_manager: "Hiring manager",
  client_viewer: "Client viewer",
};



export const roleTypeLabels: Record<RoleType, string> = {
  lead: "Lead Engineer",
  senior: "Senior Engineer",
  engineering_manager: "Engineering Manager",
};

export const roleStatusLabels: Record<RoleStatus, string> = {
  draft: "Draft",
  open: "Open",
  on_hold: "On hold",
  filled: "Filled",
  closed: "Closed",
};

export const sourceLabels: Record<CandidateSource, string> = {
  referral: "Referral",
  sourced: "Sourced",
  inbound: "Inbound",
  agency_network: "Agency network",
};

export function formatDate(d: Date | string | null | undefined): string {
  if (!d) return "—";
  const date = typeof d === "string" ? new Date(`${d}T00:00:00Z`) : d;
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

export function formatDateTime(d: Date): string {
  return d.toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" }) + " UTC";
}
