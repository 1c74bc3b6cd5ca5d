import { TZDate } from "@date-fns/tz";
import { addDays } from "@/lib/trials/calendar";
import { todayIn } from "@/lib/trials/days";

// Days on the viewer's calendar, for the home's agenda. Pure (now is an argument) and DST-safe:
// the window's instants come from @date-fns/tz (a day that starts at 01:00 because midnight was
// skipped starts there); an instant's day is read off Intl in the zone.

/** From the start of today to the start of the day after tomorrow, in `zone`. */
export function todayAndTomorrow(now: Date, zone: string): { from: Date; to: Date } {
  const z = new TZDate(now.getTime(), zone);
  const day = (offset: number) => new Date(new TZDate(z.getFullYear(), z.getMonth(), z.getDate() + offset, zone).getTime());
  return { from: day(0), to: day(2) };
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "Today", "Tomorrow", or "Wed 25 Nov": the day an instant falls on in `zone`, as an agenda heads it. */
export function agendaDay(instant: Date, now: Date, zone: string): string {
  const k = todayIn(zone, instant);
  const today = todayIn(zone, now);
  if (k === today) return "Today";
  if (k === addDays(today, 1)) return "Tomorrow";
  let f = dayFormats.get(zone);
  if (!f) dayFormats.set(zone, (f = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: zone })));
  return f.format(instant);
}

/** "just now", "40 minutes ago", "5 hours ago", "1 day ago", "12 days ago". */
export function timeAgo(at: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - at.getTime()) / 60_000));
  if (minutes < 1) return "just now";
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"} ago`;
  if (minutes < 60) return plural(minutes, "minute");
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return plural(hours, "hour");
  return plural(Math.floor(hours / 24), "day");
}
