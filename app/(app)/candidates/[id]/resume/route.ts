import fs from "node:fs";
import { z } from "zod";
import { permittedViewer } from "@/lib/auth/guard";
import { getResume } from "@/lib/candidates/queries";
import { downloadName, resumePath } from "@/lib/candidates/resume";
import { idSchema } from "@/lib/validation";

const paramsSchema = z.object({ id: idSchema });

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

/** GET: the candidate's résumé, as an attachment, only for users who may see that candidate. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await permittedViewer("resumes:download", "/candidates/[id]/resume");
  const parsed = paramsSchema.safeParse(await params);
  if (!viewer || !parsed.success) return notFound();
  const resume = getResume(viewer, parsed.data.id);
  if (!resume) return notFound();
  let body: Buffer;
  try {
    body = fs.readFileSync(resumePath(resume.storedName));
  } catch {
    return notFound();
  }
  const ext = resume.storedName.split(".").pop() ?? "pdf";
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": resume.mimeType ?? "application/octet-stream",
      "Content-Disposition": `attachment; filename="${downloadName(resume.candidateName, ext)}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
