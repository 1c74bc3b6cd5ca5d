"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { guardResumeSize } from "./resume-size-guard";

export function ResumeUpload({ action, candidateId, version, hasResume }: { action: FormAction; candidateId: number; version: number; hasResume: boolean }) {
  const { state, formAction, pending, errors, formKey } = useFormAction(action);
  const [tooBig, setTooBig] = useState<string | null>(null);
  return (
    <form
      action={formAction}
      key={formKey}
      className="space-y-2"
      noValidate
      onSubmit={(e) => {
        setTooBig(null);
        guardResumeSize(e, setTooBig);
      }}
    >
      <input type="hidden" name="candidateId" value={candidateId} />
      <input type="hidden" name="version" value={version} />
      <TextField
        label={hasResume ? "Replace résumé" : "Upload résumé"}
        name="resume"
        id="resume-upload"
        type="file"
        accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        error={tooBig ?? errors.resume}
        hint="PDF or Word (.docx), at most 10 MB"
      />
      <Button type="submit" size="sm" variant="secondary" pending={pending}>
        {pending ? "Uploading…" : "Upload"}
      </Button>
      {state?.ok || (state && !state.ok && !errors.resume) ? <FormMessage state={state} name="Résumé status" /> : null}
    </form>
  );
}
