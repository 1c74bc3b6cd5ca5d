import type { Metadata } from "next";
import Link from "next/link";
import { ClientForm } from "@/components/clients/client-form";
import { Card, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { listClients } from "@/lib/clients/queries";
import { createClientAction } from "./actions";

export const metadata: Metadata = { title: "Clients" };

export default async function ClientsPage() {
  const viewer = await requirePermission("clients:view", "/clients");
  const clients = listClients(viewer);
  return (
    <>
      <PageHeader title="Clients" subtitle={`${clients.length} client companies`} />
      <Card className="mb-8 p-0">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th className="px-4 py-3 font-medium">Company</th>
              <th className="px-4 py-3 font-medium">Time zone</th>
              <th className="px-4 py-3 font-medium">Users</th>
              <th className="px-4 py-3 font-medium">Contacts</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {clients.map((c) => (
              <tr key={c.id}>
                <td className="px-4 py-3">
                  <Link href={`/clients/${c.id}`} className="font-medium text-brand-700 hover:underline">
                    {c.name}
                  </Link>
                  {c.website ? <p className="text-xs text-slate-500">{c.website.replace(/^https?:\/\//, "")}</p> : null}
                </td>
                <td className="px-4 py-3 text-slate-700">{c.timezone ?? "—"}</td>
                <td className="px-4 py-3 text-slate-700">{c.users}</td>
                <td className="px-4 py-3 text-slate-700">{c.contacts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card title="Add a client">
        <ClientForm action={createClientAction} />
      </Card>
    </>
  );
}
