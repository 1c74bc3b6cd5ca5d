import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ResetLoopButton } from "@/components/evaluation/reset-loop-button";
import { RoleLoopForm } from "@/components/evaluation/role-loop-form";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { checklistTickCounts, rescoreImpact, rescoreMessage, roleLoopState } from "@/lib/evaluation/role-loop-queries";
import { roleTypeLabels } from "@/lib/labels";
import { getRole } from "@/lib/roles/queries";
import { resetRoleLoopAction, saveRoleLoopAction } from "./actions";

type Params = { params: Promise<{ id: string }> };

// Once per request, shared by the page and its title.
const loadRole = cache(async (id: string) => {
  const viewer = await requirePermission("evaluation:manage-role", "/roles/[id]/evaluation");
  const role = /^\d+$/.test(id) ? getRole(viewer, Number(id)) : undefined;
  if (!role) notFound();
  return { viewer, role };
});

// The tab says which role: several can be open at once.
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { role } = await loadRole((await params).id);
  return { title: `Evaluation — ${role.title} — ${role.clientName}` };
}

export default async function RoleEvaluationPage({ params }: Params) {
  const { viewer, role } = await loadRole((await params).id);
  const loop = roleLoopState(role);
  const rescore = rescoreMessage(rescoreImpact(viewer, role.id)!);
  const template = roleTypeLabels[role.type];
  const origin = {
    uses: { badge: <Badge>Uses the template</Badge>, text: `This role follows the ${template} template until its loop is first saved here.` },
    copy: { badge: <Badge tone="blue">Copied from the template</Badge>, text: `Copied from the ${template} template, unchanged.` },
    customised: { badge: <Badge tone="violet">Customised</Badge>, text: `Customised for this role: it differs from the ${template} template.` },
  }[loop.fromTemplate];
  return (
    <>
      <PageHeader
        title={`Evaluation of ${role.title}`}
        breadcrumbs={[
          { href: "/roles", label: "Roles" },
          { href: `/roles/${role.id}`, label: `${role.title} — ${role.clientName}` },
        ]}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            {origin.badge}
            <span>{origin.text}</span>
          </span>
        }
        // Always there (also on an unchanged copy, where it changes nothing): it stays mounted to tell its result.
        actions={<ResetLoopButton roleId={role.id} version={loop.version} templateLabel={template} rescore={rescore} action={resetRoleLoopAction} />}
      />
      <Card title="Interview loop, weights and checklist">
        <RoleLoopForm
          action={saveRoleLoopAction}
          rescore={rescore}
          ticks={checklistTickCounts(viewer, role.id)}
          loop={{ roleId: role.id, version: loop.version, plan: loop.plan, weights: loop.weights, checklist: loop.checklist }}
        />
      </Card>
    </>
  );
}
