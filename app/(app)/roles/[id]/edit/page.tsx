import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RoleForm } from "@/components/roles/role-form";
import { Card, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { roleStatusLabels, roleTypeLabels } from "@/lib/labels";
import { getRole, roleFormOptions } from "@/lib/roles/queries";
import { yearAhead } from "@/lib/calendar";
import { updateRoleAction } from "../../actions";

export const metadata: Metadata = { title: "Edit role" };

export default async function EditRolePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("roles:manage", "/roles/[id]/edit");
  const { id } = await params;
  const role = /^\d+$/.test(id) ? getRole(viewer, Number(id)) : undefined;
  if (!role) notFound();
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
          options={roleFormOptions(viewer)}
          defaults={{ ownerId: role.ownerId, openedOn: role.openedOn ?? "", latestOpenedOn: yearAhead() }}
          labels={{ types: roleTypeLabels, statuses: roleStatusLabels }}
        />
      </Card>
    </>
  );
}
