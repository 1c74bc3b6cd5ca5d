import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/ui/not-found-message";

export const metadata: Metadata = { title: "Page not found" };

// Outside the signed-in layout (an unknown address): this page brings its own landmark.
export default function NotFound() {
  return (
    <main>
      <NotFoundMessage />
    </main>
  );
}
