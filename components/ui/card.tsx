import type { ReactNode } from "react";
import { cn } from "./cn";

/** A titled panel. `flush` drops the padding for content that brings its own (tables, lists). */
export function Card({
  title,
  actions,
  children,
  className,
  flush = false,
  headingLevel = 2,
  id,
}: {
  title?: string;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  flush?: boolean;
  headingLevel?: 2 | 3;
  /** For links to this panel (`#check-ins`). */
  id?: string;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section id={id} aria-label={title} className={cn("rounded-xl border border-line bg-surface shadow-sm", !flush && "p-5", className)}>
      {title ? (
        <div className={cn("mb-4 flex flex-wrap items-center justify-between gap-2", flush && "mb-0 border-b border-line px-5 py-3")}>
          <Heading className="text-base font-semibold text-fg">{title}</Heading>
          {actions}
        </div>
      ) : null}
      {children}
    </section>
  );
}
