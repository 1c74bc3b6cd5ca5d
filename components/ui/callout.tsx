import type { ReactNode } from "react";

/** A warning said before the user acts (a role whose seats are all taken, say): read as a note, amber in light and dark. */
export function Callout({ children }: { children: ReactNode }) {
  return (
    <p
      role="note"
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      {children}
    </p>
  );
}
