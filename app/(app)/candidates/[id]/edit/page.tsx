import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { CandidateForm } from "@/components/candidates/candidate-form";
import { Card, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { getCandidate } from "@/lib/candidates/queries";
import { sourceLabels } from "@/lib/labels";
import { erasedAt } from "@/lib/privacy/status";
import { updateCandidateAction } from "../../actions";

export const metadata: Metadata = { title: "Edit candidate" };

export default async function EditCandidatePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("candidates:manage", "/candidates/[id]/edit");
  const { id } = await params;
  const candidate = /^\d+$/.test(id) ? getCandidate(viewer, Number(id)) : undefined;
  // Editing is the agency's, which always receives the contact details.
  if (!candidate?.contact) notFound();
  // An erased candidate cannot be edited: their page says so.
  if (erasedAt(candidate.id)) redirect(`/candidates/${candidate.id}`);
  const { id: candidateId, version, name, location, timezone, currentTitle, yearsExperience, skills } = candidate;
  const { email, phone, source, linkedinUrl, githubUrl, portfolioUrl } = candidate.contact;
  return (
    <>
      <PageHeader
        title={`Edit ${candidate.name}`}
        breadcrumbs={[
          { href: "/candidates", label: "Candidates" },
          { href: `/candidates/${candidateId}`, label: candidate.name },
        ]}
      />
      <Card>
        <CandidateForm
          action={updateCandidateAction}
          sources={sourceLabels}
          candidate={{
            id: candidateId,
            version,
            name,
            email,
            phone,
            location,
            timezone,
            currentTitle,
            yearsExperience,
            skills,
            source,
            linkedinUrl,
            githubUrl,
            portfolioUrl,
          }}
        />
      </Card>
    </>
  );
}
