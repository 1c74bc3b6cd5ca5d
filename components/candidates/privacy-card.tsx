import type { FormAction } from "@/components/ui/use-form-action";
import { PrivacyErase } from "./privacy-erase";

type Props = {
  candidateId: number;
  name: string;
  version: number;
  /** Present when the viewer may export the candidate's data. */
  exportHref?: string;
  /** Why the export must wait (the viewer owes a scorecard on the candidate), instead of the link. */
  exportBlocked?: string | null;
  /** Present when the viewer may erase it (and it is not erased yet). */
  eraseAction?: FormAction;
  /** When the data was erased, already formatted. */
  erasedOn?: string;
  /** How many of their applications erasing would withdraw (those before a trial). */
  openApplications: number;
};

/** The admin's "Privacy" card on the candidate page: download everything held about them, or erase it. */
export function PrivacyCard({ candidateId, name, version, exportHref, exportBlocked, eraseAction, erasedOn, openApplications }: Props) {
  return (
    <div className="space-y-3 text-sm">
      {exportHref && exportBlocked ? (
        <p className="text-muted">{exportBlocked}</p>
      ) : exportHref ? (
        <p>
          <a href={exportHref} download className="font-medium text-accent-text underline underline-offset-2">
            Download personal data
          </a>{" "}
          <span className="text-muted">(a zip: everything held about them as JSON, and the résumé)</span>
        </p>
      ) : null}
      {eraseAction ? (
        <PrivacyErase action={eraseAction} candidateId={candidateId} version={version} name={name} erasedOn={erasedOn} openApplications={openApplications} />
      ) : erasedOn ? (
        <p className="text-muted">Personal data erased on {erasedOn}.</p>
      ) : null}
    </div>
  );
}
