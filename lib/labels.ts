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

/** The cookie in which the browser tells the server its time zone (components/layout/time-zone-cookie). */
export const TIME_ZONE_COOKIE = "tz";

/** The zone a viewer's times are shown in when their browser has not said (or said something unknown). */
export const DEFAULT_TIME_ZONE = "UTC";

const knownZones = new Map<string, string>();
/** The canonical name of an IANA zone Intl knows (the browser's tz cookie), or UTC for anything else. */
export function resolveTimeZone(zone: string | null | undefined): string {
  if (!zone || zone.length > 64) return DEFAULT_TIME_ZONE;
  const known = knownZones.get(zone);
  if (known) return known;
  try {
    // Intl throws a RangeError for a zone it does not know, and answers the canonical name.
    const canonical = new Intl.DateTimeFormat("en-GB", { timeZone: zone }).resolvedOptions().timeZone;
    // Bounded: only names Intl accepted are kept, and only so many spellings of them.
    if (knownZones.size < 2_000) knownZones.set(zone, canonical);
    return canonical;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

// Formatters are built once per zone: toLocaleString with options builds a new one on every call.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function formatterFor(cache: Map<string, Intl.DateTimeFormat>, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = cache.get(zone);
  if (!f) cache.set(zone, (f = new Intl.DateTimeFormat("en-GB", { ...options, timeZone: zone })));
  return f;
}

/**
 * A day. A calendar date ("2026-11-03", a role's opening day) is the same day everywhere; a moment
 * is shown as the day it was in `zone` (the viewer's, UTC by default).
 */
export function formatDate(d: Date | string | null | undefined, zone = DEFAULT_TIME_ZONE): string {
  if (!d) return "—";
  if (typeof d === "string")
    return formatterFor(dateFormats, DEFAULT_TIME_ZONE, { day: "numeric", month: "short", year: "numeric" }).format(new Date(`${d}T00:00:00Z`));
  return formatterFor(dateFormats, zone, { day: "numeric", month: "short", year: "numeric" }).format(d);
}

/** A moment in `zone`, with the zone named: "21 Nov 2026, 14:05 CET". */
export function formatDateTime(d: Date, zone = DEFAULT_TIME_ZONE): string {
  return formatterFor(dateTimeFormats, zone, {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  }).format(d);
}

/** "Alex Morgan" → "AM", "Zoë" → "Z": the first letters of a name's first and last words, for a compact badge. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const firstLetter = (word: string | undefined) => (word ? (Array.from(word)[0] ?? "") : "");
  return (firstLetter(words[0]) + (words.length > 1 ? firstLetter(words[words.length - 1]) : "")).toUpperCase();
}

/** "Acme's", "Northwind Labs'": a company's name in the possessive. */
export const possessive = (name: string) => (/s$/i.test(name) ? `${name}'` : `${name}'s`);

/**
 * A share as a whole percent, half up as a spreadsheet rounds it: 23 of 40 is 58%. Rounded to 12
 * significant digits first, since 23 / 40 * 100 is 57.49999999999999 in floating point.
 */
export const percent = (share: number): number => Math.round(Number((share * 100).toPrecision(12)));
