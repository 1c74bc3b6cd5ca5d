import Link from "next/link";
import { cn } from "@/components/ui/cn";

/** The reports, one link each, keeping the filters: the current one marked for assistive technology too. */
export function ReportTabs({ tabs, current, query }: { tabs: { slug: string; title: string }[]; current: string; query: string }) {
  return (
    <nav aria-label="Reports" className="mb-4 overflow-x-auto border-b border-line">
      <ul className="flex min-w-max gap-1">
        {tabs.map((t) => (
          <li key={t.slug}>
            <Link
              href={`/reports/${t.slug}?${query}`}
              aria-current={t.slug === current ? "page" : undefined}
              className={cn(
                "-mb-px inline-block border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap",
                t.slug === current ? "border-accent text-fg" : "border-transparent text-muted hover:border-line-strong hover:text-fg",
              )}
            >
              {t.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
