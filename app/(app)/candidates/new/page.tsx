import type { Metadata } from "next";
import { CandidateForm } from "@/components/candidates/candidate-form";
import { Card, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { sourceLabels } from "@/lib/labels";
import { createCandidateAction } from "../actions";

export const metadata: Metadata = { title: "New candidate" };

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
