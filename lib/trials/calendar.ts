// Calendar days written YYYY-MM-DD: a trial's dates are days of the client's calendar, so the
// arithmetic on them involves no time zone. Pure and dependency-free: the start form (in the
// browser), the server and the seeds share it. "Today" in a zone is lib/trials/days.ts's todayIn.

const DAY_MS = 86_400_000;

/** A real calendar day written YYYY-MM-DD (not "2026-02-30"). */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

// Lists place thousands of trials whose dates repeat: parsing each date once keeps that cheap.
const parsed = new Map<string, number>();
function dayNumberOf(date: string): number {
  let n = parsed.get(date);
  if (n === undefined) {
    if (parsed.size >= 20_000) parsed.clear();
    parsed.set(date, (n = Date.parse(`${date}T00:00:00Z`) / DAY_MS));
  }
  return n;
}

/** b − a in calendar days. */
export function daysBetween(a: string, b: string): number {
  return Math.round(dayNumberOf(b) - dayNumberOf(a));
}

/** The date `n` calendar days after `date`. */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Day of the week of a date (0 Sunday … 6 Saturday). */
export const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
