import { redirect } from "next/navigation";
import { requirePermission, titleFor } from "@/lib/auth/guard";

export const generateMetadata = titleFor("reports:view", "/reports", "Reports");

/** /reports opens the first report, keeping any filters in the address. */
export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("reports:view", "/reports");
  const query = new URLSearchParams(Object.entries(await searchParams).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : []))).toString();
  redirect(`/reports/funnel${query ? `?${query}` : ""}`);
}
