import Link from "next/link";

/** Previous/next links that keep the current filters in the URL. */
export function Pagination({
  page,
  pages,
  total,
  atLeast = false,
  noun,
  params,
}: {
  page: number;
  pages: number;
  total: number;
  /** The total is a lower bound (counting stopped there). */
  atLeast?: boolean;
  noun: string;
  params: Record<string, string | undefined>;
}) {
  const href = (p: number) => {
    const search = new URLSearchParams(Object.entries({ ...params, page: p > 1 ? String(p) : undefined }).filter((e): e is [string, string] => !!e[1]));
    const s = search.toString();
    return s ? `?${s}` : "?";
  };
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm text-muted">
      <p>
        {total.toLocaleString("en")}
        {atLeast ? "+" : ""} {noun}
        {pages > 1 ? ` · page ${page} of ${pages.toLocaleString("en")}` : ""}
      </p>
      {pages > 1 ? (
        <div className="flex gap-2">
          {page > 1 ? (
            <Link href={href(page - 1)} className="rounded-md border border-line-strong bg-surface px-3 py-1.5 text-fg hover:bg-surface-2">
              Previous
            </Link>
          ) : null}
          {page < pages ? (
            <Link href={href(page + 1)} className="rounded-md border border-line-strong bg-surface px-3 py-1.5 text-fg hover:bg-surface-2">
              Next
            </Link>
          ) : null}
        </div>
      ) : null}
    </nav>
  );
}
