import { getLocale } from "next-intl/server";
import { AppError } from "@/lib/errors/app-error";
import { route } from "@/lib/http/route";
import { interviewParamsSchema } from "@/lib/interviews/schemas";
import { loadReport } from "@/lib/reports/load";
import { markdownFileName, reportMarkdown } from "@/lib/reports/markdown";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The report as a Markdown download (owner only; anyone else gets the same 404 as a missing id). */
export const GET = route({ auth: "user", params: interviewParamsSchema }, async ({ db, user, params }) => {
  const loaded = await loadReport(db, user.id, params.id, await getLocale());
  if (loaded.kind !== "report")
    throw new AppError("not_found", "This interview is still in progress: it has no report yet.");
  return new Response(reportMarkdown(loaded.report), {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${markdownFileName(loaded.report)}"`,
      "cache-control": "private, no-store",
    },
  });
});
