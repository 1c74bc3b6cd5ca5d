"use client";

import { Tooltip as T } from "radix-ui";
import type { ReactNode } from "react";

/** Hover or focus the child to see `content`. Wrap the app in <TooltipProvider> once (root layout). */
export function Tooltip({ content, children, side = "top" }: { content: ReactNode; children: ReactNode; side?: "top" | "bottom" | "left" | "right" }) {
  return (
    <T.Root>
      <T.Trigger asChild>{children}</T.Trigger>
      <T.Portal>
        <T.Content side={side} sideOffset={6} collisionPadding={8} className="z-50 max-w-xs rounded-md bg-fg px-2.5 py-1.5 text-xs text-surface shadow-md">
          {content}
          <T.Arrow className="fill-fg" />
        </T.Content>
      </T.Portal>
    </T.Root>
  );
}

export const TooltipProvider = T.Provider;
