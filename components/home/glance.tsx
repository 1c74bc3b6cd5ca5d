import Link from "next/link";
import type { HomeStat } from "@/lib/home/summary";

/** The agency's (or the company's) few kept totals, as one compact row of small figures, each a link to its list. */
export function Glance({ stats }: { stats: HomeStat[] }) {
  return (
    <ul
      aria-label="At a glance"
      className="grid grid-cols-2 overflow-hidden rounded-xl border border-line bg-surface shadow-sm sm:grid-cols-3 lg:grid-flow-col lg:grid-cols-none"
    >
      {stats.map((s) => {
        const body = (
          <>
            <span className="block text-xl font-semibold text-fg tabular-nums">{s.value.toLocaleString("en")}</span>
            <span className="block text-xs text-muted">{s.label}</span>
          </>
        );
        return (
          <li key={s.label} className="-mt-px -ml-px border-t border-l border-line">
            {s.href ? (
              <Link href={s.href} prefetch={false} className="block h-full px-4 py-3 transition-colors hover:bg-surface-2">
                {body}
              </Link>
            ) : (
              <div className="h-full px-4 py-3">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
