import { RoleForm } from "@/components/roles/role-form";
import { Card, PageHeader } from "@/components/ui/page-header";
import { requirePermission, titleFor } from "@/lib/auth/guard";
import { roleStatusLabels, roleTypeLabels } from "@/lib/labels";
import { roleFormOptions } from "@/lib/roles/queries";
import { yearAhead } from "@/lib/calendar";
import { createRoleAction, hiringManagerChoicesAction } from "../actions";

export const generateMetadata = titleFor("roles:manage", "/roles/new", "New role");

export default async function NewRolePage({ searchParams }: { searchParams: Promise<{ client?: string }> }) {
  const viewer = await requirePermission("roles:manage", "/roles/new");
  const { client } = await searchParams;
  // "New role" on a client's page names the client in the link.
  const options = roleFormOptions(viewer, /^\d+$/.test(client ?? "") ? Number(client) : undefined);
  return (
    <>
      <PageHeader
        title="New role"
        breadcrumbs={[{ href: "/roles", label: "Roles" }]}
        subtitle="An open position at one client. Its type drives the evaluation."
      />
      <Card>
        <RoleForm
          action={createRoleAction}
          options={options}
          loadHiringManagers={hiringManagerChoicesAction}
          defaults={{ ownerId: viewer.id, openedOn: new Date().toISOString().slice(0, 10), latestOpenedOn: yearAhead() }}
          labels={{ types: roleTypeLabels, statuses: roleStatusLabels }}
        />
      </Card>
    </>
  );
}
