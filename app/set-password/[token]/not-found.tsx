import type { Metadata } from "next";
import { LinkUnusable } from "./link-page";

export const metadata: Metadata = { title: "Link expired", referrer: "no-referrer", robots: { index: false } };

// A used, expired, voided or unknown link: one answer for all, so a guess learns nothing.
export default function LinkNotFound() {
  return <LinkUnusable />;
}
