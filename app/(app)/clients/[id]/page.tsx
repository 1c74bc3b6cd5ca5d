import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { ClientForm } from "@/components/clients/client-form";
import { ContactForm, RemoveContactButton } from "@/components/clients/contact-form";
import { PeopleCard } from "@/components/clients/people-card";
import { RoleStatusBadge } from "@/components/ui/status-badges";
import { Card, PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access";
import { requirePermission } from "@/lib/auth/guard";
import { getClient } from "@/lib/clients/queries";
import { listRoles } from "@/lib/roles/queries";
import { listCompanyUsers } from "@/lib/users/queries";
import { addContactAction, removeContactAction, updateClientAction } from "../actions";
import {
  createClientUserAction,
  deactivateClientUserAction,
  editClientUserAction,
  reactivateClientUserAction,
  sendPasswordLinkAction,
} from "../people-actions";

type Params = { params: Promise<{ id: string }> };

// Once per request, shared by the page and its title.
const loadClient = cache(async (id: string) => {
  const viewer = await requirePermission("clients:view", "/clients/[id]");
  const client = /^\d+$/.test(id) ? getClient(viewer, Number(id)) : undefined;
  if (!client) notFound();
  return { viewer, client };
});
const load = async ({ params }: Params) => loadClient((await params).id);

export async function generateMetadata(props: Params): Promise<Metadata> {
  const { client } = await load(props);
  return { title: `${client.name} — Client` };
}

export default async function ClientPage(props: Params) {
  const { viewer, client } = await load(props);
  const people = listCompanyUsers(viewer, client.id);
  const clientRoles = listRoles(viewer, { client: client.id });
  return (
    <>
      <PageHeader title={client.name} breadcrumbs={[{ href: "/clients", label: "Clients" }]} subtitle={client.timezone ?? "No time zone set"} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title={`Roles (${clientRoles.total})`}>
            {clientRoles.rows.length === 0 ? <p className="text-sm text-muted">No roles yet.</p> : null}
            <ul className="divide-y divide-line">
              {clientRoles.rows.map((r) => (
                <li key={r.id} className="flex items-center justify-between gap-4 py-2">
                  <Link href={`/roles/${r.id}`} className="text-sm font-medium text-accent-text hover:underline">
                    {r.title}
                  </Link>
                  <RoleStatusBadge status={r.status} />
                </li>
              ))}
            </ul>
            <div className="mt-3 flex gap-4 text-sm">
              {clientRoles.total > clientRoles.rows.length ? (
                <Link href={`/roles?client=${client.id}`} className="font-medium text-accent-text hover:underline">
                  All {clientRoles.total} roles
                </Link>
              ) : null}
              <Link href={`/roles/new?client=${client.id}`} className="font-medium text-accent-text hover:underline">
                New role for {client.name}
              </Link>
            </div>
          </Card>
          <Card title="Details">
            <ClientForm action={updateClientAction} client={client} />
          </Card>
        </div>
        <div className="space-y-6">
          <PeopleCard
            client={client}
            people={people}
            manage={
              can(viewer, "client-users:manage")
                ? {
                    create: createClientUserAction,
                    edit: editClientUserAction,
                    sendLink: sendPasswordLinkAction,
                    deactivate: deactivateClientUserAction,
                    reactivate: reactivateClientUserAction,
                  }
                : null
            }
          />
          <Card title="Contacts">
            <ul className="mb-4 divide-y divide-line">
              {client.contacts.map((c) => (
                <li key={c.id} className="flex items-start justify-between gap-2 py-2">
                  <div className="text-sm">
                    <p className="font-medium">{c.name}</p>
                    <p className="text-xs text-muted">{[c.title, c.email, c.phone].filter(Boolean).join(" · ")}</p>
                  </div>
                  <RemoveContactButton action={removeContactAction} clientId={client.id} contact={c} />
                </li>
              ))}
            </ul>
            <ContactForm action={addContactAction} clientId={client.id} />
          </Card>
        </div>
      </div>
    </>
  );
}
