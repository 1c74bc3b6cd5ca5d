import Link from "next/link";
import { NavLinks } from "./nav-links";

type Props = {
  nav: { href: string; label: string }[];
  user: { name: string; organizationName: string; kindLabel: string };
  signOut: (form: FormData) => Promise<unknown>;
};

// Styles live in globals.css (.app-header): every signed-in page carries this header.
export function AppHeader({ nav, user, signOut }: Props) {
  return (
    <header className="app-header">
      <div>
        <Link href="/" className="brand">
          Trialboard
        </Link>
        <nav aria-label="Main">
          <NavLinks items={nav} />
        </nav>
        <div className="who">
          <div>
            <p data-testid="user-name">{user.name}</p>
            <p data-testid="user-company">{`${user.organizationName} · ${user.kindLabel}`}</p>
          </div>
          <form action={signOut as (form: FormData) => Promise<void>}>
            <button type="submit" className="btn btn-secondary">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
