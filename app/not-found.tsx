import type { Metadata } from "next";
import { connection } from "next/server";
import { NotFoundMessage } from "@/components/ui/not-found-message";

export const metadata: Metadata = { title: "Page not found" };

// Outside the signed-in layout (an unknown address): this page brings its own landmark. Rendered
// per request, not prerendered: its scripts must carry the request's CSP nonce (proxy.ts), or the
// browser blocks them.
export default async function NotFound() {
  await connection();
  return (
    <main>
      <NotFoundMessage />
    </main>
  );
}
