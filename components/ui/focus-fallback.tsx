"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * Keeps keyboard focus in a region whose content the server replaces after an action. When the
 * element that had focus inside it is removed (a decision's button once the decision is recorded,
 * a runner-up's "Move back" once they are back), focus would fall to the page's body and a keyboard
 * or screen-reader user would start again from the top. Instead it goes to the region's first
 * heading. Focus that moved on elsewhere (a dialog, another field) is left where it is.
 */
export function FocusFallback({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const region = ref.current;
    if (!region) return;
    // The last element focused in the region; a dialog it opened (elsewhere in the page) keeps it,
    // since closing the dialog brings focus back here.
    let last: Element | null = null;
    const remember = (event: FocusEvent) => {
      last = event.target as Element;
    };
    const observer = new MutationObserver(() => {
      if (!last || last.isConnected) return;
      last = null;
      // After the next frame and React's effects: a form remounted after a refusal puts focus on
      // its field in error first (useFormAction), and that is where it should stay.
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (document.activeElement && document.activeElement !== document.body) return;
          const heading = region.querySelector<HTMLElement>("h2, h3");
          if (!heading) return;
          heading.tabIndex = -1;
          heading.focus();
        }),
      );
    });
    region.addEventListener("focusin", remember);
    observer.observe(region, { childList: true, subtree: true });
    return () => {
      region.removeEventListener("focusin", remember);
      observer.disconnect();
    };
  }, []);
  return (
    <div ref={ref} className={className}>
      {children}
    </div>
  );
}
