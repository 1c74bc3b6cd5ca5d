import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { FormAction } from "@/components/ui/use-form-action";
import { UserActions, UserActionsProvider } from "@/components/users/user-actions";
import { ClientUserForm } from "@/components/users/client-user-form";
import { userKindLabels } from "@/lib/labels";
import type { UserKind } from "@/lib/domain";

export type Person = { id: number; name: string; email: string; title: string | null; kind: UserKind; active: boolean; version: number; linkPending: boolean };

type Props = {
  client: { id: number; name: string };
  people: Person[];
  /** The actions, when the viewer may manage a client's people (recruiters and admins). */
  manage: { create: FormAction; edit: FormAction; sendLink: FormAction; deactivate: FormAction; reactivate: FormAction } | null;
};

/** The client's hiring managers and viewers: who they are, whether they can sign in yet, and (for the agency) giving them access. */
export function PeopleCard({ client, people, manage }: Props) {
  const list = (
    <ul className="divide-y divide-line" aria-label={`People at ${client.name}`}>
      {people.map((u) => (
        <li key={u.id} className="space-y-2 py-3">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div className="min-w-0">
              <p className="text-sm font-medium">{u.name}</p>
              <p className="text-xs break-all text-muted">{[u.title, u.email].filter(Boolean).join(" · ")}</p>
            </div>
            <div className="flex flex-wrap gap-1">
              <Badge tone="blue">{userKindLabels[u.kind]}</Badge>
              {u.active ? <Badge tone="green">Active</Badge> : <Badge>Deactivated</Badge>}
              {u.active && u.linkPending ? <Badge tone="amber">Link pending</Badge> : null}
            </div>
          </div>
          {manage ? <UserActions user={{ ...u, organizationKind: "client" }} /> : null}
        </li>
      ))}
    </ul>
  );
  return (
    <Card title="People">
      {people.length === 0 ? <p className="text-sm text-muted">Nobody at {client.name} can sign in yet.</p> : null}
      {manage ? (
        <UserActionsProvider actions={{ edit: manage.edit, deactivate: manage.deactivate, reactivate: manage.reactivate, sendLink: manage.sendLink }}>
          {list}
        </UserActionsProvider>
      ) : (
        list
      )}
      {manage ? (
        <div className="mt-4 border-t border-line pt-4">
          <h3 className="mb-3 text-sm font-semibold text-fg">Add a person</h3>
          <ClientUserForm action={manage.create} clientId={client.id} clientName={client.name} />
        </div>
      ) : null}
    </Card>
  );
}
