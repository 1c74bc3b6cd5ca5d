import Link from "next/link";
import { KitForm } from "@/components/evaluation/kit-form";
import { TemplateForm } from "@/components/evaluation/template-form";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { Card, PageHeader } from "@/components/ui/page-header";
import { requirePermission, titleFor } from "@/lib/auth/guard";
import { roleTypes, type RoleType } from "@/lib/domain";
import { interviewKindLabels, interviewKinds } from "@/lib/evaluation/labels";
import { kits, templates } from "@/lib/evaluation/loops";
import { roleTypeLabels } from "@/lib/labels";
import { saveKitAction, saveTemplateAction } from "./actions";

export const generateMetadata = titleFor("evaluation:manage-templates", "/settings/evaluation", "Evaluation templates");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const tab = (current: boolean) =>
  cn("rounded px-3 py-1 font-medium", current ? "bg-accent-soft text-accent-text" : "text-muted hover:bg-surface-2 hover:text-fg");
// "Lead Engineer, Senior Engineer and Engineering Manager": the kits below serve them all.
const everyType = new Intl.ListFormat("en-GB", { type: "conjunction" }).format(roleTypes.map((t) => roleTypeLabels[t]));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export default async function EvaluationSettingsPage({ searchParams }: Props) {
  await requirePermission("evaluation:manage-templates", "/settings/evaluation");
  const asked = (await searchParams).type;
  const type: RoleType = roleTypes.find((t) => t === asked) ?? "senior";
  const template = templates()[type];
  const allKits = kits();
  return (
    <>
      <PageHeader
        title="Evaluation templates"
        subtitle="How the agency evaluates each role type. A new role copies its type's template; roles already open keep their own loop, edited on each role's Evaluation page."
      />
      <nav aria-label="Role types" className="mb-4 inline-flex rounded-md border border-line-strong bg-surface p-0.5 text-sm">
        {roleTypes.map((t) => (
          <Link key={t} href={`/settings/evaluation?type=${t}`} scroll={false} aria-current={t === type ? "page" : undefined} className={tab(t === type)}>
            {roleTypeLabels[t]}
          </Link>
        ))}
      </nav>
      <Card title={`${roleTypeLabels[type]} template`} className="mb-8" actions={template.edited ? <Badge tone="blue">Edited</Badge> : <Badge>Defaults</Badge>}>
        <TemplateForm
          key={type}
          action={saveTemplateAction}
          template={{
            roleType: type,
            label: roleTypeLabels[type],
            version: template.version,
            plan: template.plan,
            weights: template.weights,
            checklist: template.checklist,
            redFlags: template.redFlags,
          }}
        />
      </Card>
      <Card title="Interview kits, shared by every role type">
        <p className="mb-4 text-sm text-muted">
          What each kind of interview assesses and asks, whichever role type it is held for: a change here applies to {everyType} roles alike. Interviewers see
          the kit beside their scorecard.
        </p>
        <div className="grid gap-3">
          {interviewKinds.map((kind) => {
            const kit = allKits[kind];
            return (
              <details key={kind} className="rounded-lg border border-line px-4 py-2.5">
                <summary className="cursor-pointer text-sm font-medium text-fg">
                  {interviewKindLabels[kind]}
                  <span className="font-normal text-muted">
                    {" "}
                    · {plural(kit.attributes.length, "attribute")} · {plural(kit.prompts.length, "prompt")}
                    {kit.edited ? " · edited" : ""}
                  </span>
                </summary>
                <div className="mt-4">
                  <KitForm
                    action={saveKitAction}
                    kit={{ kind, label: interviewKindLabels[kind], version: kit.version, attributes: kit.attributes, prompts: kit.prompts }}
                  />
                </div>
              </details>
            );
          })}
        </div>
      </Card>
    </>
  );
}
