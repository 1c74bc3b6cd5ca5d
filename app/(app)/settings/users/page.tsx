import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/page-header";
import { phoneCards, Table, TBody, TD, TH, THead } from "@/components/ui/table";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UserRowActions } from "@/components/users/user-row-actions";
import { requirePermission, titleFor } from "@/lib/auth/guard";
import { listCompaniesForUserAdmin } from "@/lib/clients/queries";
import { userKindLabels } from "@/lib/labels";
import { listUsers } from "@/lib/users/queries";
import { sendPasswordLinkAction } from "../../clients/people-actions";
import { createUserAction, deactivateUserAction, editUserAction, reactivateUserAction, resetPasswordAction } from "./actions";

export const generateMetadata = titleFor("users:manage", "/settings/users", "Users");

export default async function UsersPage() {
  const viewer = await requirePermission("users:manage", "/settings/users");
  const people = listUsers(viewer);
  const companies = listCompaniesForUserAdmin(viewer);
  return (
    <>
      <PageHeader title="Users" subtitle="Everyone who can sign in: agency staff and the client users they invite." />
      <Card flush className="mb-8">
        {/* On a phone each user is a card (name and email, then company · kind, status, actions): no column is out of sight. */}
        <Table label="Users" className={phoneCards.table}>
          <THead className={phoneCards.head}>
            <TH>Name</TH>
            <TH>Company</TH>
            <TH>Kind</TH>
            <TH>Status</TH>
            <TH className="text-right">
              <span className="sr-only">Actions</span>
            </TH>
          </THead>
          <TBody className={phoneCards.body}>
            {people.map((u) => (
              <tr key={u.id} className={phoneCards.row}>
                <TD className={`${phoneCards.cell} max-md:basis-full`}>
                  <span className="block font-medium">{u.name}</span>
                  <span className="block text-xs text-muted">{u.email}</span>
                </TD>
                <TD className={`${phoneCards.cell} max-md:text-sm`}>{u.organizationName}</TD>
                <TD className={`${phoneCards.cell} max-md:text-sm max-md:text-muted`}>
                  <span className="md:hidden">· </span>
                  {userKindLabels[u.kind]}
                </TD>
                <TD className={phoneCards.cell}>
                  <span className="flex flex-wrap gap-1">
                    {u.active ? <Badge tone="green">Active</Badge> : <Badge tone="gray">Deactivated</Badge>}
                    {u.active && u.linkPending ? <Badge tone="amber">Link pending</Badge> : null}
                  </span>
                </TD>
                <TD className={`${phoneCards.cell} max-md:basis-full`}>
                  <UserRowActions
                    user={u}
                    isSelf={u.id === viewer.id}
                    edit={editUserAction}
                    toggle={u.active ? deactivateUserAction : reactivateUserAction}
                    resetPassword={resetPasswordAction}
                    sendLink={sendPasswordLinkAction}
                  />
                </TD>
              </tr>
            ))}
          </TBody>
        </Table>
      </Card>
      <Card title="Add a user">
        <CreateUserForm action={createUserAction} companies={companies} />
      </Card>
    </>
  );
}
