import Link from "next/link";
import { NavLinks } from "./nav-links";

type Props = {
  nav: { href: string; label: string }[];
  user: { name: string; organizationName: string; kindLabel: string };
  signOut: (form: FormData) => Promise<unknown>;
};

export function AppHeader({ nav, user, signOut }: Props) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-900">
          Trialboard
        </Link>
        <nav aria-label="Main" className="flex-1">
          <NavLinks items={nav} />
        </nav>
        <div className="flex items-center gap-4">
          <div className="text-right leading-tight">
            <p className="text-sm font-medium text-slate-900" data-testid="user-name">
              {user.name}
            </p>
            <p className="text-xs text-slate-500" data-testid="user-company">
              {user.organizationName} · {user.kindLabel}
            </p>
          </div>
          <form action={signOut as (form: FormData) => Promise<void>}>
            <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
