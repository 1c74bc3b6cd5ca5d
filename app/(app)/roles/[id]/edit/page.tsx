import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { RoleForm } from "@/components/roles/role-form";
import { Card, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { roleStatusLabels, roleTypeLabels } from "@/lib/labels";
import { getRole, roleFormOptions } from "@/lib/roles/queries";
import { yearAhead } from "@/lib/calendar";
import { hiringManagerChoicesAction, updateRoleAction } from "../../actions";

type Params = { params: Promise<{ id: string }> };

// Once per request, shared by the page and its title (a refusal is "Page not found" in both).
const loadRole = cache(async (id: string) => {
  const viewer = await requirePermission("roles:manage", "/roles/[id]/edit");
  const role = /^\d+$/.test(id) ? getRole(viewer, Number(id)) : undefined;
  if (!role) notFound();
  return { viewer, role };
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { role } = await loadRole((await params).id);
  return { title: `Edit ${role.title}` };
}

export default async function EditRolePage({ params }: Params) {
  const { viewer, role } = await loadRole((await params).id);
  return (
    <>
      <PageHeader
        title={`Edit ${role.title}`}
        breadcrumbs={[
          { href: "/roles", label: "Roles" },
          { href: `/roles/${role.id}`, label: `${role.title} — ${role.clientName}` },
        ]}
      />
      <Card>
        <RoleForm
          action={updateRoleAction}
          role={role}
          options={roleFormOptions(viewer, role.clientId)}
          loadHiringManagers={hiringManagerChoicesAction}
          defaults={{ ownerId: role.ownerId, openedOn: role.openedOn ?? "", latestOpenedOn: yearAhead() }}
          labels={{ types: roleTypeLabels, statuses: roleStatusLabels }}
        />
      </Card>
    </>
  );
}
