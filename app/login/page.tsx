import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { currentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/auth/return-to";
import { signInWithPassword } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const next = safeReturnPath(query.next);
  if (await currentUser()) redirect(next);
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-2xl font-bold tracking-tight text-accent-text">Trialboard</p>
          <p className="mt-1 text-sm text-muted">Placements, pipelines and two-week trials</p>
        </div>
        <div className="rounded-xl border border-line bg-surface p-6 shadow-sm">
          <h1 className="mb-5 text-lg font-semibold text-fg">Sign in</h1>
          {/* After a one-time set-password link (app/set-password). */}
          {query.notice === "password-set" ? (
            <p role="status" className="mb-4 rounded-md border border-line bg-accent-soft px-3 py-2 text-sm text-accent-text">
              Password set — sign in.
            </p>
          ) : null}
          <LoginForm action={signInWithPassword} next={next} />
        </div>
      </div>
    </main>
  );
}
