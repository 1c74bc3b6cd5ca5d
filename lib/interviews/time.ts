import { TZDate } from "@date-fns/tz";

// Local wall-clock time in an IANA zone ↔ UTC instants, for the scheduling form: the viewer types
// a date and time in their own zone, the database keeps the instant. Pure; DST-safe through
// @date-fns/tz, which knows each zone's offsets at every moment.

export type LocalTime = { date: string; time: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The instant a local date ("2026-03-08") and time ("14:30") name in `zone`. `undefined` when the
 * input is malformed or the time does not exist there (the hour skipped when clocks go forward).
 * A time that happens twice (clocks going back) is its first occurrence: `localToUtcAll` has both.
 */
export function localToUtc(date: string, time: string, zone: string): Date | undefined {
  return localToUtcAll(date, time, zone)[0];
}

const DAY_MS = 86_400_000;

/**
 * Every instant a local date and time name in `zone`, earliest first: none (skipped, or no such
 * day), one, or two (clocks going back). Worked out from the zone's offsets around that day, so
 * the answer is the same whatever zone the computer itself is set to (the browser's preview and
 * the server's save once differed by an hour on the night clocks go back).
 */
export function localToUtcAll(date: string, time: string, zone: string): Date[] {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return [];
  const [year, month, day] = d.slice(1).map(Number);
  const [hours, minutes] = t.slice(1).map(Number);
  // The wall-clock time read as if it were UTC; each offset the zone has around then gives a candidate.
  const wall = Date.UTC(year, month - 1, day, hours, minutes);
  if (Number.isNaN(wall)) return [];
  const offsets = new Set([wall - DAY_MS, wall, wall + DAY_MS].map((at) => offsetMinutes(at, zone)));
  const found = new Set<number>();
  for (const offset of offsets) {
    const instant = wall - offset * 60_000;
    const back = utcToLocal(new Date(instant), zone);
    // Reading it back tells a real time from a skipped one (or an impossible day such as 30 Feb).
    if (back.date === date && back.time === time) found.add(instant);
  }
  return [...found].sort((a, b) => a - b).map((instant) => new Date(instant));
}

/** The zone's offset from UTC at an instant, in minutes (east of Greenwich positive). */
function offsetMinutes(instant: number, zone: string): number {
  return -new TZDate(instant, zone).getTimezoneOffset();
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The local date and time of an instant in `zone`. */
export function utcToLocal(instant: Date, zone: string): LocalTime {
  const z = new TZDate(instant.getTime(), zone);
  return { date: `${z.getFullYear()}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}`, time: `${pad(z.getHours())}:${pad(z.getMinutes())}` };
}

// Zones Intl has accepted (asking Intl costs a formatter each time). Intl also takes any spelling
// of a name ("eUrOpE/bErLiN"), so the set stops growing at a bound well above the real zones.
const knownZones = new Set<string>();
const KNOWN_ZONES_MAX = 2_000;

/** Whether Intl knows the zone (the form posts the zone it showed). */
export function isTimeZone(zone: string): boolean {
  if (knownZones.has(zone)) return true;
  if (zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
  } catch {
    return false;
  }
  if (knownZones.size < KNOWN_ZONES_MAX) knownZones.add(zone);
  return true;
}

const ranges = new Map<string, Intl.DateTimeFormat>();
const times = new Map<string, Intl.DateTimeFormat>();
function formatter(cache: Map<string, Intl.DateTimeFormat>, zone: string, options: Intl.DateTimeFormatOptions) {
  let f = cache.get(zone);
  if (!f) cache.set(zone, (f = new Intl.DateTimeFormat("en-GB", { ...options, timeZone: zone })));
  return f;
}

/** "14:00–15:00" in `zone`. */
export function formatTimeRange(start: Date, durationMinutes: number, zone: string): string {
  const f = formatter(times, zone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return `${f.format(start)}–${f.format(new Date(start.getTime() + durationMinutes * 60_000))}`;
}

/**
 * "Tue 24 Nov 2026, 14:00–15:00 CET": an interview's day and hours in `zone`, the zone named.
 * Across the night the clocks change, each end names its own ("02:30 CEST–02:30 CET").
 */
export function formatSlot(start: Date, durationMinutes: number, zone: string): string {
  const day = formatter(ranges, zone, { weekday: "short", day: "numeric", month: "short", year: "numeric" }).format(start);
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  const [from, to] = [zoneAbbreviation(start, zone), zoneAbbreviation(end, zone)];
  if (from === to) return `${day}, ${formatTimeRange(start, durationMinutes, zone)} ${from}`;
  const f = formatter(times, zone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return `${day}, ${f.format(start)} ${from}–${f.format(end)} ${to}`;
}

const names = new Map<string, Intl.DateTimeFormat>();
/** The zone's short name at that moment ("CET", "GMT+13"). */
export function zoneAbbreviation(at: Date, zone: string): string {
  const parts = formatter(names, zone, { timeZoneName: "short" }).formatToParts(at);
  return parts.find((p) => p.type === "timeZoneName")?.value ?? zone;
}

/** Tomorrow's date in `zone`: the scheduling form's first suggestion. */
export function tomorrowIn(zone: string, now = new Date()): string {
  return utcToLocal(new Date(now.getTime() + 86_400_000), zone).date;
}
