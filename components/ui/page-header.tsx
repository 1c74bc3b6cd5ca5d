import Link from "next/link";
import type { ReactNode } from "react";

export { Card } from "./card";

type Crumb = { href: string; label: string };

/** A page's title, with where it sits (breadcrumbs), a line of context and its main actions. */
export function PageHeader({ title, subtitle, actions, breadcrumbs }: { title: string; subtitle?: ReactNode; actions?: ReactNode; breadcrumbs?: Crumb[] }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-x-4 gap-y-3">
      <div className="min-w-0">
        {breadcrumbs?.length ? (
          <nav aria-label="Breadcrumb" className="mb-1 text-sm text-muted">
            <ol className="flex flex-wrap items-center gap-1">
              {breadcrumbs.map((c, i) => (
                <li key={c.href} className="flex items-center gap-1">
                  {i > 0 ? <span aria-hidden="true">/</span> : null}
                  <Link href={c.href} className="underline decoration-line-strong underline-offset-2 hover:text-fg">
                    {c.label}
                  </Link>
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        <h1 className="text-xl font-semibold tracking-tight text-balance break-words text-fg sm:text-2xl">{title}</h1>
        {subtitle ? <div className="mt-1 text-sm text-muted">{subtitle}</div> : null}
      </div>
      {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
    </div>
  );
}
