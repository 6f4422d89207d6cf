import type { NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import { authorizeRequest } from "@/lib/http/guard";
import { jsonError } from "@/lib/http/responses";
import { InterviewError } from "@/lib/interviews/errors";
import { loadReport } from "@/lib/reports/load";
import { markdownFileName, reportMarkdown } from "@/lib/reports/markdown";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const ID_PATTERN = /^[a-z0-9]{1,64}$/i;

/** The report as a Markdown download (owner only; anyone else gets the same 404 as a missing id). */
export async function GET(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const auth = await authorizeRequest(request);
  if (!auth.ok) return auth.response;
  const { id } = await context.params;
  if (!ID_PATTERN.test(id)) return jsonError(404, "No such interview.", { code: "not_found" });
  try {
    const loaded = await loadReport(await getDb(), auth.user.id, id);
    if (loaded.kind !== "report")
      return jsonError(404, "This interview is still in progress: it has no report yet.", { code: "not_found" });
    return new Response(reportMarkdown(loaded.report), {
      headers: {
        "content-type": "text/markdown; charset=utf-8",
        "content-disposition": `attachment; filename="${markdownFileName(loaded.report)}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof InterviewError) return jsonError(error.status, error.message, { code: error.code });
    throw error;
  }
}
