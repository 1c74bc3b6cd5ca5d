import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { permittedViewer } from "@/lib/auth/guard";
import { lookupCandidates } from "@/lib/candidates/lookup";
import { optionalIdSchema } from "@/lib/validation";

const querySchema = z.object({ q: z.string().trim().min(1).max(100), role: optionalIdSchema.catch(undefined) });

/** GET /api/candidates/lookup?q=…[&role=…] — candidates matching q, for the "add to role" picker (agency only); those already on the role are marked. */
export async function GET(request: NextRequest) {
  const viewer = await permittedViewer("applications:create", "/api/candidates/lookup");
  if (!viewer) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const params = request.nextUrl.searchParams;
  const parsed = querySchema.safeParse({ q: params.get("q") ?? "", role: params.get("role") ?? undefined });
  if (!parsed.success) return NextResponse.json({ results: [] });
  return NextResponse.json({ results: lookupCandidates(viewer, parsed.data.q, parsed.data.role) }, { headers: { "Cache-Control": "no-store" } });
}
