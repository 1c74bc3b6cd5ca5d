import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/page-header";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UserRowActions } from "@/components/users/user-row-actions";
import { requirePermission } from "@/lib/auth/guard";
import { listCompaniesForUserAdmin } from "@/lib/clients/queries";
import { userKindLabels } from "@/lib/labels";
import { listUsers } from "@/lib/users/queries";
import { createUserAction, deactivateUserAction, reactivateUserAction, resetPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const viewer = await requirePermission("users:manage", "/settings/users");
  const people = listUsers(viewer);
  const companies = listCompaniesForUserAdmin(viewer);
  return (
    <>
      <PageHeader title="Users" subtitle="Everyone who can sign in: agency staff and the client users they invite." />
      <Card className="mb-8 overflow-visible p-0">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th className="px-4 py-3 font-medium">Name</th>
              <th className="px-4 py-3 font-medium">Company</th>
              <th className="px-4 py-3 font-medium">Kind</th>
              <th className="px-4 py-3 font-medium">Status</th>
              <th className="px-4 py-3 text-right font-medium">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {people.map((u) => (
              <tr key={u.id} className="align-top">
                <td className="px-4 py-3">
                  <p className="font-medium text-slate-900">{u.name}</p>
                  <p className="text-xs text-slate-500">{u.email}</p>
                </td>
                <td className="px-4 py-3 text-slate-700">{u.organizationName}</td>
                <td className="px-4 py-3 text-slate-700">{userKindLabels[u.kind]}</td>
                <td className="px-4 py-3">{u.active ? <Badge tone="green">Active</Badge> : <Badge tone="gray">Deactivated</Badge>}</td>
                <td className="px-4 py-3">
                  <UserRowActions
                    user={u}
                    isSelf={u.id === viewer.id}
                    toggle={u.active ? deactivateUserAction : reactivateUserAction}
                    resetPassword={resetPasswordAction}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card title="Add a user">
        <CreateUserForm action={createUserAction} companies={companies} />
      </Card>
    </>
  );
}
