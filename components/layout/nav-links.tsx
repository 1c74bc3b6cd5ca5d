"use client";

import { usePathname } from "next/navigation";
import { useSoftNavigation } from "@/components/ui/soft-navigation";

export function NavLinks({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const navigate = useSoftNavigation();
  return (
    <ul className="nav-links" onClick={navigate}>
      {items.map((item) => {
        const active = item.href === "/" ? pathname === "/" : pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <li key={item.href}>
            <a
              href={item.href}
              aria-current={active ? "page" : undefined}
              className="nav-link"
            >
              {item.label}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
