import Link from "next/link";
import type { ReactNode } from "react";
import { LINK_UNUSABLE } from "@/lib/auth/password-tokens";

/** The frame of the set-password pages: outside the signed-in layout, like the sign-in page. */
export function LinkFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-2xl font-bold tracking-tight text-accent-text">Trialboard</p>
          <p className="mt-1 text-sm text-muted">Placements, pipelines and two-week trials</p>
        </div>
        <div className="rounded-xl border border-line bg-surface p-6 shadow-sm">
          <h1 className="mb-4 text-lg font-semibold text-fg">{title}</h1>
          {children}
        </div>
      </div>
    </main>
  );
}

export function LinkUnusable({ message = LINK_UNUSABLE }: { message?: string }) {
  return (
    <LinkFrame title="This link cannot be used">
      <p className="text-sm text-fg">{message}</p>
      <Link href="/login" className="mt-4 inline-block text-sm font-medium text-accent-text underline underline-offset-2">
        Go to sign-in
      </Link>
    </LinkFrame>
  );
}
