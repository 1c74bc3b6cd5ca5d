import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { homeSummary } from "@/lib/home/summary";

export const metadata: Metadata = { title: "Home" };

const intro: Record<string, string> = {
  admin: "Run the agency: clients, users, roles and every pipeline.",
  recruiter: "Your clients, their open roles and every candidate in flight.",
  hiring_manager: "The candidates the agency has submitted to your roles.",
  client_viewer: "Your company's two-week trial placements will show here once a placement starts.",
};

export default async function HomePage() {
  const viewer = await requirePermission("home:view", "/");
  const stats = homeSummary(viewer);
  return (
    <>
      <PageHeader title={`Welcome, ${viewer.name.split(" ")[0]}`} subtitle={intro[viewer.kind]} />
      <ul aria-label="At a glance" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {stats.map((s) => {
          const body = (
            <>
              <span className="block text-sm text-muted">{s.label}</span>
              <span className="mt-1 block text-3xl font-semibold text-fg tabular-nums">{s.value.toLocaleString("en")}</span>
            </>
          );
          return (
            <li key={s.label}>
              {s.href ? (
                <Link
                  href={s.href}
                  className="block rounded-xl border border-line bg-surface p-5 shadow-sm transition-colors hover:border-accent/60 hover:bg-surface-2"
                >
                  {body}
                  <span className="mt-2 block text-sm font-medium text-accent-text">View</span>
                </Link>
              ) : (
                <div className="rounded-xl border border-line bg-surface p-5 shadow-sm">{body}</div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
