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

/** Whether a role's title already says its type ("Lead Engineer, Payments"), so a list need not repeat it. */
export function titleNamesType(title: string, type: RoleType): boolean {
  const words = { lead: /\blead\b/i, senior: /\bsenior\b/i, engineering_manager: /\b(engineering )?manager\b|\bEM\b/i }[type];
  return words.test(title);
}

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

// Formatters are built once: toLocaleString with options builds a new one on every call.
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

export function formatDate(d: Date | string | null | undefined): string {
  if (!d) return "—";
  return dateFormat.format(typeof d === "string" ? new Date(`${d}T00:00:00Z`) : d);
}

export function formatDateTime(d: Date): string {
  return `${dateTimeFormat.format(d)} UTC`;
}
