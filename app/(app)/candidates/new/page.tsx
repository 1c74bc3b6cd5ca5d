import { CandidateForm } from "@/components/candidates/candidate-form";
import { Card, PageHeader } from "@/components/ui/page-header";
import { requirePermission, titleFor } from "@/lib/auth/guard";
import { sourceLabels } from "@/lib/labels";
import { createCandidateAction } from "../actions";

export const generateMetadata = titleFor("candidates:manage", "/candidates/new", "New candidate");

export default async function NewCandidatePage() {
  await requirePermission("candidates:manage", "/candidates/new");
  return (
    <>
      <PageHeader title="New candidate" />
      <Card>
        <CandidateForm action={createCandidateAction} sources={sourceLabels} />
      </Card>
    </>
  );
}
