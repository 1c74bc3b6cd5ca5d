import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/ui/not-found-message";

export const metadata: Metadata = { title: "Page not found" };

// Inside the signed-in layout, whose <main> already holds this.
export default function NotFound() {
  return <NotFoundMessage />;
}
