import { z } from "zod";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { permittedViewer } from "@/lib/auth/guard";
import { collectCandidateData, exportRefusal, exportZip, storedResumeName } from "@/lib/privacy/export";
import { requestIp } from "@/lib/request";
import { idSchema } from "@/lib/validation";

const paramsSchema = z.object({ id: idSchema });

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

/** GET: everything held about one candidate (candidate.json and the résumé), zipped; admins only, audited. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await permittedViewer("candidates:export-personal-data", "/candidates/[id]/export");
  const parsed = paramsSchema.safeParse(await params);
  if (!viewer || !parsed.success) return notFound();
  const refusal = exportRefusal(viewer, parsed.data.id);
  if (refusal) return new Response(refusal, { status: 409, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
  const data = collectCandidateData(viewer, parsed.data.id);
  if (!data) return notFound();
  const zip = exportZip(data, storedResumeName(parsed.data.id));
  writeAudit(db(), {
    actorId: viewer.id,
    action: "candidate.exported",
    entityType: "candidate",
    entityId: parsed.data.id,
    ip: await requestIp(),
    details: { bytes: zip.byteLength },
  });
  return new Response(zip.slice().buffer, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="candidate-${parsed.data.id}-personal-data.zip"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
