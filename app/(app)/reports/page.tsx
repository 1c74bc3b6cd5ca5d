import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";

/** /reports opens the first report, keeping any filters in the address. */
export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("reports:view", "/reports");
  const query = new URLSearchParams(Object.entries(await searchParams).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : []))).toString();
  redirect(`/reports/funnel${query ? `?${query}` : ""}`);
}
