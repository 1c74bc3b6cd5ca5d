import { z } from "zod";
import { roleTypes, type RoleType } from "@/db/schema";
import { isCalendarDate, optionalIdSchema } from "@/lib/validation";

// The filters every report takes, read from the URL. A bad value is dropped (the report falls back
// to its default) rather than failing the page: the address is something people edit and share.

/** The default range: the last 90 days, today included. */
export const DEFAULT_RANGE_DAYS = 90;
/** The longest range a report reads: the reports stay bounded however long the agency has been running. */
export const MAX_RANGE_DAYS = 731;

const DAY_MS = 86_400_000;
const day = z.string().trim().refine(isCalendarDate).optional().catch(undefined);

export const reportFiltersSchema = z.object({
  from: day,
  to: day,
  client: optionalIdSchema.catch(undefined),
  type: z.enum(roleTypes).optional().catch(undefined),
  recruiter: optionalIdSchema.catch(undefined),
});

export type ReportFilters = {
  /** First day of the range (YYYY-MM-DD, UTC), included. */
  from: string;
  /** Last day of the range, included. */
  to: string;
  client?: number;
  type?: RoleType;
  recruiter?: number;
};

export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * The filters of a report's address, with the range defaulted (the last 90 days up to `today`),
 * put in order when given backwards, and cut to the longest range a report reads.
 */
export function resolveReportFilters(params: Record<string, string | string[] | undefined>, today: string): ReportFilters {
  const raw = reportFiltersSchema.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  let to = raw.to ?? today;
  let from = raw.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (from > to) [from, to] = [to, from];
  if (from < addDays(to, -(MAX_RANGE_DAYS - 1))) from = addDays(to, -(MAX_RANGE_DAYS - 1));
  return { from, to, client: raw.client, type: raw.type, recruiter: raw.recruiter };
}

/** The range as times: [start of `from`, start of the day after `to`), in ms since the epoch (UTC). */
export function rangeMs(filters: ReportFilters): { start: number; end: number } {
  return { start: Date.parse(`${filters.from}T00:00:00Z`), end: Date.parse(`${filters.to}T00:00:00Z`) + DAY_MS };
}

/** The filters as an address's query (defaults included, so a shared link shows the same figures tomorrow). */
export function filtersQuery(filters: ReportFilters): string {
  const entries: [string, string][] = [
    ["from", filters.from],
    ["to", filters.to],
  ];
  if (filters.client) entries.push(["client", String(filters.client)]);
  if (filters.type) entries.push(["type", filters.type]);
  if (filters.recruiter) entries.push(["recruiter", String(filters.recruiter)]);
  return new URLSearchParams(entries).toString();
}

/** Today's date in UTC (the reports' days are UTC days). */
export const todayUtc = (now = new Date()): string => now.toISOString().slice(0, 10);

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "24 Aug 2026 – 22 Nov 2026" */
export const formatRange = (filters: Pick<ReportFilters, "from" | "to">): string =>
  `${dayFormat.format(new Date(`${filters.from}T00:00:00Z`))} – ${dayFormat.format(new Date(`${filters.to}T00:00:00Z`))}`;
