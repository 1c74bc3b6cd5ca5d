import type { Viewer } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/access";

type NavItem = { href: string; label: string; permission: Permission };

const items: NavItem[] = [
  { href: "/", label: "Home", permission: "home:view" },
  { href: "/roles", label: "Roles", permission: "roles:view" },
  { href: "/candidates", label: "Candidates", permission: "candidates:view" },
  { href: "/interviews", label: "Interviews", permission: "interviews:view" },
  { href: "/trials", label: "Trials", permission: "trials:view" },
  { href: "/clients", label: "Clients", permission: "clients:view" },
  { href: "/reports", label: "Reports", permission: "reports:view" },
  { href: "/settings/users", label: "Users", permission: "users:manage" },
  { href: "/settings/evaluation", label: "Evaluation", permission: "evaluation:manage-templates" },
];

/** The navigation a viewer sees: only what the authorization table lets them use. */
export function navigationFor(viewer: Pick<Viewer, "kind">): { href: string; label: string }[] {
  return items.filter((i) => can(viewer, i.permission)).map(({ href, label }) => ({ href, label }));
}
