import Link from "next/link";
import { buttonClass } from "./button";
import { cn } from "./cn";

/** Previous/next links that keep the current filters in the URL. */
export function Pagination({
  page,
  pages,
  total,
  atLeast = false,
  noun,
  params,
  param = "page",
  label = "Pages",
  keepScroll = false,
  className,
}: {
  page: number;
  pages: number;
  total: number;
  /** The total is a lower bound (counting stopped there). */
  atLeast?: boolean;
  noun: string;
  params: Record<string, string | undefined>;
  /** The URL parameter naming the page (a page with two paged lists gives each its own). */
  param?: string;
  /** The navigation's accessible name (distinct when a page has two). */
  label?: string;
  /** Stay where the reader is on the page (a list further down it) instead of going back to the top. */
  keepScroll?: boolean;
  className?: string;
}) {
  const href = (p: number) => {
    const search = new URLSearchParams(Object.entries({ ...params, [param]: p > 1 ? String(p) : undefined }).filter((e): e is [string, string] => !!e[1]));
    const s = search.toString();
    return s ? `?${s}` : "?";
  };
  return (
    <nav aria-label={label} className={cn("mt-4 flex items-center justify-between text-sm text-muted", className)}>
      <p>
        {total.toLocaleString("en")}
        {atLeast ? "+" : ""} {noun}
        {pages > 1 ? ` · page ${page} of ${pages.toLocaleString("en")}` : ""}
      </p>
      {pages > 1 ? (
        <div className="flex gap-2">
          {page > 1 ? (
            <Link href={href(page - 1)} scroll={!keepScroll} className={buttonClass("secondary", "sm")}>
              Previous
            </Link>
          ) : null}
          {page < pages ? (
            <Link href={href(page + 1)} scroll={!keepScroll} className={buttonClass("secondary", "sm")}>
              Next
            </Link>
          ) : null}
        </div>
      ) : null}
    </nav>
  );
}
