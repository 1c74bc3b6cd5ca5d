import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/page-header";
import { EmptyRow, phoneCards, Table, TBody, TD, TH, THead } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UserFilters } from "@/components/users/user-filters";
import { UserActions, UserActionsProvider } from "@/components/users/user-actions";
import { requirePermission, titleFor } from "@/lib/auth/guard";
import { userKindLabels } from "@/lib/labels";
import { listUsers } from "@/lib/users/queries";
import { userFiltersSchema } from "@/lib/users/schemas";
import { sendPasswordLinkAction } from "../../clients/people-actions";
import { createUserAction, deactivateUserAction, editUserAction, reactivateUserAction, resetPasswordAction } from "./actions";

export const generateMetadata = titleFor("users:manage", "/settings/users", "Users");

const kinds = Object.entries(userKindLabels).map(([value, label]) => ({ value, label }));

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("users:manage", "/settings/users");
  const filters = userFiltersSchema.parse(await searchParams);
  const { rows: people, total, page, pages } = listUsers(viewer, filters);
  return (
    <>
      <PageHeader title="Users" subtitle="Everyone who can sign in: agency staff and the client users they invite." />
      <UserFilters values={filters} kinds={kinds} />
      <UserActionsProvider
        actions={{
          edit: editUserAction,
          deactivate: deactivateUserAction,
          reactivate: reactivateUserAction,
          resetPassword: resetPasswordAction,
          sendLink: sendPasswordLinkAction,
        }}
      >
        <Card flush>
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
              {people.length === 0 ? (
                <EmptyRow colSpan={5} className={phoneCards.empty}>
                  No user matches these filters.
                </EmptyRow>
              ) : null}
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
                    <UserActions
                      user={{
                        id: u.id,
                        name: u.name,
                        email: u.email,
                        title: u.title,
                        kind: u.kind,
                        version: u.version,
                        active: u.active,
                        organizationKind: u.organizationKind,
                      }}
                      isSelf={u.id === viewer.id}
                    />
                  </TD>
                </tr>
              ))}
            </TBody>
          </Table>
        </Card>
      </UserActionsProvider>
      <Pagination
        page={page}
        pages={pages}
        total={total}
        noun={total === 1 ? "user" : "users"}
        params={{ q: filters.q, kind: filters.kind, status: filters.status }}
        className="mb-8"
      />
      <Card title="Add a user">
        <CreateUserForm action={createUserAction} agency={{ id: viewer.organizationId, name: viewer.organizationName }} />
      </Card>
    </>
  );
}
