"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/**
 * The board's row of columns. When it is wider than the window (a phone, a narrow window) it
 * scrolls inside itself, never the page: a scrollbar shows, and a fade on each edge that has
 * more columns beyond it.
 */
export function BoardScroller({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState({ left: false, right: false });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setMore({ left: el.scrollLeft > 1, right: el.scrollLeft + el.clientWidth < el.scrollWidth - 1 });
    update();
    el.addEventListener("scroll", update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => {
      el.removeEventListener("scroll", update);
      observer.disconnect();
    };
  }, []);
  const fade = "pointer-events-none absolute top-0 bottom-3 w-8 transition-opacity duration-150";
  return (
    <div className="relative">
      <div ref={ref} className="relative [scrollbar-color:var(--line-strong)_transparent] overflow-x-auto overscroll-x-contain pb-3">
        <div className="flex items-stretch gap-2">{children}</div>
      </div>
      <div aria-hidden="true" className={cn(fade, "left-0 bg-gradient-to-r from-canvas to-transparent", more.left ? "opacity-100" : "opacity-0")} />
      <div aria-hidden="true" className={cn(fade, "right-0 bg-gradient-to-l from-canvas to-transparent", more.right ? "opacity-100" : "opacity-0")} />
    </div>
  );
}
