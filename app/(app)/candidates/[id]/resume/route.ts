import fs from "node:fs";
import { z } from "zod";
import { permittedViewer } from "@/lib/auth/guard";
import { getCandidate } from "@/lib/candidates/queries";
import { downloadName, resumePath } from "@/lib/candidates/resume";
import { idSchema } from "@/lib/validation";

const paramsSchema = z.object({ id: idSchema });

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

/** GET: the candidate's résumé, as an attachment, only for users who may see that candidate. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await permittedViewer("resumes:download", "/candidates/[id]/resume");
  const parsed = paramsSchema.safeParse(await params);
  if (!viewer || !parsed.success) return notFound();
  const candidate = getCandidate(viewer, parsed.data.id);
  if (!candidate?.resumeStoredName) return notFound();
  let body: Buffer;
  try {
    body = fs.readFileSync(resumePath(candidate.resumeStoredName));
  } catch {
    return notFound();
  }
  const ext = candidate.resumeStoredName.split(".").pop() ?? "pdf";
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": candidate.resumeMimeType ?? "application/octet-stream",
      "Content-Disposition": `attachment; filename="${downloadName(candidate.name, ext)}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
