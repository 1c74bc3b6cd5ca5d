import { cn } from "@/components/ui/cn";
import { addDays, daysBetween } from "@/lib/trials/calendar";
import { extendedLabel, formatDay, formatWeekday, sentimentLabels, type CheckInSentiment } from "@/lib/trials/labels";

// The trial day by day on the client's calendar: one cell per trial day (two rows of seven for a
// standard trial), then the end date, when the decision is due. Weekends are shaded, today is
// marked, each check-in is a dot in its sentiment's colour with a label for screen readers, and
// an extension shows where the original end was, and a decision the day it was made.

type CheckInDot = { id: number; on: string; sentiment: CheckInSentiment; authorName: string };
type Props = {
  startsOn: string;
  endsOn: string;
  today: string;
  checkIns: CheckInDot[];
  extensions: { previousEndsOn: string; endsOn: string }[];
  /** Once decided: the day it was decided on the client's calendar, and what was decided ("Ended"). */
  decision: { on: string; label: string } | null;
};

const dotClass: Record<CheckInSentiment, string> = {
  on_track: "bg-emerald-600 dark:bg-emerald-400",
  at_risk: "bg-amber-500 dark:bg-amber-300",
  off_track: "bg-red-600 dark:bg-red-400",
};

const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

export function TrialTimeline({ startsOn, endsOn, today, checkIns, extensions, decision }: Props) {
  const length = Math.max(0, daysBetween(startsOn, endsOn));
  const dates = Array.from({ length: length + 1 }, (_, i) => addDays(startsOn, i));
  const byDay = new Map<string, CheckInDot[]>();
  for (const c of checkIns) byDay.set(c.on, [...(byDay.get(c.on) ?? []), c]);
  const extendedAt = new Map(extensions.map((e) => [e.previousEndsOn, e.endsOn]));
  return (
    // Three a row on a phone: in four, "Converted this day" broke inside the word.
    <ol aria-label="Trial timeline" className="grid grid-cols-3 gap-1.5 min-[28rem]:grid-cols-4 sm:grid-cols-7">
      {dates.map((date, i) => {
        const isEnd = i === length;
        const isToday = date === today;
        const extendedTo = extendedAt.get(date);
        return (
          <li
            key={date}
            aria-current={isToday ? "date" : undefined}
            className={cn(
              "min-h-20 rounded-md border border-line p-1.5 text-xs",
              isWeekend(date) ? "bg-surface-2" : "bg-surface",
              isToday && "border-accent ring-2 ring-accent",
              isEnd && "border-dashed",
            )}
          >
            {/* The end is when the decision is due; once made, the day it was made says so (on the end if it came later). */}
            <span className="block font-medium text-fg">{isEnd ? (decision ? "Decision day" : "Decision due") : `Day ${i + 1}`}</span>
            <span className="block text-muted">
              {formatWeekday(date)} {formatDay(date)}
            </span>
            {isToday ? <span className="block font-semibold text-accent-text">Today</span> : null}
            {/* A decision made before the first day (or after the end) shows on that edge of the timeline, dated. */}
            {decision && (date === decision.on || (isEnd && decision.on > date) || (i === 0 && decision.on < date)) ? (
              <span className="block font-semibold text-fg">
                {date === decision.on ? `${decision.label} this day` : `${decision.label} ${formatDay(decision.on)}`}
              </span>
            ) : null}
            {extendedTo ? <span className="block text-violet-800 dark:text-violet-200">{`Was the decision day · ${extendedLabel(extendedTo)}`}</span> : null}
            {byDay.get(date)?.length ? (
              <span className="mt-1 flex flex-wrap gap-1">
                {byDay.get(date)!.map((c) => (
                  <span
                    key={c.id}
                    role="img"
                    aria-label={`${sentimentLabels[c.sentiment]} check-in by ${c.authorName}`}
                    title={`${sentimentLabels[c.sentiment]} · ${c.authorName}`}
                    className={cn("inline-block size-2.5 rounded-full", dotClass[c.sentiment])}
                  />
                ))}
              </span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
