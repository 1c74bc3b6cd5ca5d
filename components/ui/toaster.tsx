"use client";

import type { CSSProperties } from "react";
import { Toaster as Sonner } from "sonner";

export { toast } from "sonner";

// Sonner's own rich colours put green text on pale green at 4.25:1 and amber on pale amber at about
// 3:1, under AA: use the app's success, warning and danger pairs (checked for contrast in light and
// dark, app/globals.css) instead.
const colours = {
  "--success-bg": "var(--success-soft)",
  "--success-border": "var(--success)",
  "--success-text": "var(--success)",
  "--warning-bg": "var(--warning-soft)",
  "--warning-border": "var(--warning)",
  "--warning-text": "var(--warning)",
  "--error-bg": "var(--danger-soft)",
  "--error-border": "var(--danger)",
  "--error-text": "var(--danger)",
} as CSSProperties;

/**
 * Where toasts appear (once, in the root layout). Toasts are announced politely to screen readers;
 * a few show at once and older ones fold away, so messages never pile up or shift the layout.
 */
export function Toaster() {
  return <Sonner theme="system" position="bottom-right" visibleToasts={3} closeButton richColors toastOptions={{ duration: 5000 }} style={colours} />;
}
