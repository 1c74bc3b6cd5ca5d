"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Button } from "@/components/ui/button";
import { DeferredMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import type { HeaderProps } from "./app-header";
import { isCurrent } from "./nav-links";

/** The header on a phone: sections, who is signed in and sign-out in one menu (built on first use: it is on every page). */
export function MobileMenu({ nav, user, signOut }: HeaderProps) {
  const pathname = usePathname();
  return (
    <div className="ml-auto lg:hidden">
      {/* Not modal: the page behind stays readable (a modal menu hides it from screen readers while
          its links can still take focus, which axe reports), and in place, inside the header. */}
      <DeferredMenu
        modal={false}
        trigger={
          <Button variant="secondary" size="sm">
            Menu
          </Button>
        }
      >
        <DropdownMenuContent align="end" className="w-64" inPlace>
          <DropdownMenuLabel>
            <span className="block text-sm font-medium text-fg">{user.name}</span>
            <span className="block">{`${user.organizationName} · ${user.kindLabel}`}</span>
          </DropdownMenuLabel>
          <DropdownMenuSeparator />
          {nav.map((item) => (
            <DropdownMenuItem key={item.href} asChild>
              <Link href={item.href} aria-current={isCurrent(pathname, item.href) ? "page" : undefined}>
                {item.label}
              </Link>
            </DropdownMenuItem>
          ))}
          <DropdownMenuSeparator />
          <form action={signOut}>
            <DropdownMenuItem asChild>
              <button type="submit" className="w-full">
                Sign out
              </button>
            </DropdownMenuItem>
          </form>
        </DropdownMenuContent>
      </DeferredMenu>
    </div>
  );
}
