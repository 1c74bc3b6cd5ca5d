import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { homeSummary } from "@/lib/home/summary";

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
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {stats.map((s) => (
          <Card key={s.label}>
            <p className="text-sm text-slate-600">{s.label}</p>
            <p className="mt-1 text-3xl font-semibold text-slate-900">{s.value}</p>
            {s.href ? (
              <Link href={s.href} className="mt-2 inline-block text-sm font-medium text-brand-700 hover:underline">
                View
              </Link>
            ) : null}
          </Card>
        ))}
      </div>
    </>
  );
}
