import Link from "next/link";
import { Button } from "@/components/ui/button";
import { initials } from "@/lib/labels";
import { MobileMenu } from "./mobile-menu";
import { NavLinks } from "./nav-links";

export type HeaderProps = {
  nav: { href: string; label: string }[];
  user: { name: string; organizationName: string; kindLabel: string };
  signOut: (form: FormData) => Promise<void>;
};

/** Every signed-in page's header: the sections this user may open, who is signed in, sign out. On a phone the sections fold into a menu. */
export function AppHeader({ nav, user, signOut }: HeaderProps) {
  return (
    <header className="border-b border-line bg-surface">
      <div className="flex h-14 items-center gap-6 px-4 sm:px-6">
        <Link href="/" className="text-lg font-bold tracking-tight text-accent-text">
          Trialboard
        </Link>
        {/* An admin's nine sections need about 1,000 px: below that they fold into the menu (which
            also names who is signed in); from 1,024 px the sections show, with who is signed in as
            initials until 1,280 px, where the name and company fit beside them. */}
        <nav aria-label="Main" className="hidden lg:block">
          <NavLinks items={nav} />
        </nav>
        <div className="ml-auto hidden items-center gap-4 lg:flex">
          <span
            title={`${user.name} · ${user.organizationName} · ${user.kindLabel}`}
            className="grid size-8 shrink-0 place-items-center rounded-full bg-accent-soft text-xs font-semibold text-accent-text xl:hidden"
          >
            <span aria-hidden="true">{initials(user.name)}</span>
            <span className="sr-only">{`Signed in as ${user.name}, ${user.organizationName} · ${user.kindLabel}`}</span>
          </span>
          <div className="hidden text-right leading-tight xl:block">
            <p className="max-w-64 truncate text-sm font-medium text-fg">{user.name}</p>
            <p className="max-w-64 truncate text-xs text-muted">{`${user.organizationName} · ${user.kindLabel}`}</p>
          </div>
          <form action={signOut}>
            <Button type="submit" variant="secondary" size="sm">
              Sign out
            </Button>
          </form>
        </div>
        <MobileMenu nav={nav} user={user} signOut={signOut} />
      </div>
    </header>
  );
}
