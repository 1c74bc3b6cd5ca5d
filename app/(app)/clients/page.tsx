import Link from "next/link";
import { ClientFilters } from "@/components/clients/client-filters";
import { ClientForm } from "@/components/clients/client-form";
import { Card, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { EmptyRow, phoneCards, Table, TBody, TD, TH, THead } from "@/components/ui/table";
import { requirePermission, titleFor } from "@/lib/auth/guard";
import { listClients } from "@/lib/clients/queries";
import { clientFiltersSchema } from "@/lib/clients/schemas";
import { createClientAction } from "./actions";

export const generateMetadata = titleFor("clients:view", "/clients", "Clients");

export default async function ClientsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("clients:view", "/clients");
  const filters = clientFiltersSchema.parse(await searchParams);
  const { rows: clients, total, page, pages } = listClients(viewer, filters);
  return (
    <>
      <PageHeader title="Clients" subtitle="The companies the agency places engineers with, by name." />
      <ClientFilters values={filters} />
      <Card flush>
        {/* On a phone each client is a card (name and site, then zone, users and contacts named): no column is out of sight. */}
        <Table label="Clients" className={phoneCards.table}>
          <THead className={phoneCards.head}>
            <TH>Company</TH>
            <TH>Time zone</TH>
            <TH>Open roles</TH>
            <TH>Users</TH>
            <TH>Contacts</TH>
          </THead>
          <TBody className={phoneCards.body}>
            {clients.length === 0 ? (
              <EmptyRow colSpan={5} className={phoneCards.empty}>
                {filters.q ? "No client matches this search." : "No clients yet: add the first one below."}
              </EmptyRow>
            ) : null}
            {clients.map((c) => (
              <tr key={c.id} className={phoneCards.row}>
                <TD className={`${phoneCards.cell} max-md:basis-full`}>
                  <Link href={`/clients/${c.id}`} prefetch={false} className="font-medium text-accent-text hover:underline">
                    {c.name}
                  </Link>
                  {c.website ? <span className="block text-xs text-muted">{c.website.replace(/^https?:\/\//, "")}</span> : null}
                </TD>
                <TD className={`text-muted ${phoneCards.cell} max-md:text-xs`}>{c.timezone ?? "—"}</TD>
                <TD className={`tabular-nums ${phoneCards.cell} max-md:text-xs max-md:text-muted`}>
                  {c.openRoles ? (
                    <Link href={`/roles?client=${c.id}&status=open`} prefetch={false} className="text-accent-text hover:underline">
                      <span className="md:hidden">· Open roles </span>
                      {c.openRoles}
                      {/* Said after the number where the column's heading shows instead of the words (label in name). */}
                      <span className="sr-only max-md:hidden"> open roles</span>
                    </Link>
                  ) : (
                    <>
                      <span className="md:hidden">· Open roles </span>0
                    </>
                  )}
                </TD>
                <TD className={`tabular-nums ${phoneCards.cell} max-md:text-xs max-md:text-muted`}>
                  <span className="md:hidden">· Users </span>
                  {c.users}
                </TD>
                <TD className={`tabular-nums ${phoneCards.cell} max-md:text-xs max-md:text-muted`}>
                  <span className="md:hidden">· Contacts </span>
                  {c.contacts}
                </TD>
              </tr>
            ))}
          </TBody>
        </Table>
      </Card>
      <Pagination
        page={page}
        pages={pages}
        total={total}
        noun={total === 1 ? "client company" : "client companies"}
        params={{ q: filters.q }}
        className="mb-8"
      />
      <Card title="Add a client">
        <ClientForm action={createClientAction} />
      </Card>
    </>
  );
}
