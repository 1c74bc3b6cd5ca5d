import type { ReactNode } from "react";

// Styles live in globals.css (.badge, .badge-<tone>): a list page shows dozens of badges, and a
// short class name keeps each one small in the HTML and in the RSC payload.
export type Tone = "gray" | "blue" | "green" | "amber" | "red" | "violet";

export function Badge({ tone = "gray", children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
