import type { Metadata } from "next";
import Link from "next/link";
import { ClientForm } from "@/components/clients/client-form";
import { Card, PageHeader } from "@/components/ui/page-header";
import { EmptyRow, Table, TBody, TD, TH, THead } from "@/components/ui/table";
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
      <Card flush className="mb-8">
        <Table label="Clients">
          <THead>
            <TH>Company</TH>
            <TH>Time zone</TH>
            <TH>Users</TH>
            <TH>Contacts</TH>
          </THead>
          <TBody>
            {clients.length === 0 ? <EmptyRow colSpan={4}>No clients yet: add the first one below.</EmptyRow> : null}
            {clients.map((c) => (
              <tr key={c.id}>
                <TD>
                  <Link href={`/clients/${c.id}`} prefetch={false} className="font-medium text-accent-text hover:underline">
                    {c.name}
                  </Link>
                  {c.website ? <span className="block text-xs text-muted">{c.website.replace(/^https?:\/\//, "")}</span> : null}
                </TD>
                <TD className="text-muted">{c.timezone ?? "—"}</TD>
                <TD className="tabular-nums">{c.users}</TD>
                <TD className="tabular-nums">{c.contacts}</TD>
              </tr>
            ))}
          </TBody>
        </Table>
      </Card>
      <Card title="Add a client">
        <ClientForm action={createClientAction} />
      </Card>
    </>
  );
}
