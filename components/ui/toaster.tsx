"use client";

import { Toaster as Sonner } from "sonner";

export { toast } from "sonner";

/**
 * Where toasts appear (once, in the root layout). Toasts are announced politely to screen readers;
 * a few show at once and older ones fold away, so messages never pile up or shift the layout.
 */
export function Toaster() {
  return <Sonner theme="system" position="bottom-right" visibleToasts={3} closeButton richColors toastOptions={{ duration: 5000 }} />;
}
