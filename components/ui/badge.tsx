import { cva, type VariantProps } from "class-variance-authority";
import type { ReactNode } from "react";
import { cn } from "./cn";

export const badgeVariants = cva("inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap", {
  variants: {
    tone: {
      gray: "bg-surface-2 text-muted ring-1 ring-line ring-inset",
      blue: "bg-accent-soft text-accent-text",
      green: "bg-emerald-100 text-emerald-800 dark:bg-emerald-400/15 dark:text-emerald-300",
      amber: "bg-amber-100 text-amber-900 dark:bg-amber-400/15 dark:text-amber-200",
      red: "bg-red-100 text-red-800 dark:bg-red-400/15 dark:text-red-300",
      violet: "bg-violet-100 text-violet-800 dark:bg-violet-400/15 dark:text-violet-200",
    },
  },
  defaultVariants: { tone: "gray" },
});

export type Tone = NonNullable<VariantProps<typeof badgeVariants>["tone"]>;

export function Badge({ tone, className, children }: { tone?: Tone; className?: string; children: ReactNode }) {
  return <span className={cn(badgeVariants({ tone }), className)}>{children}</span>;
}
