import { requireOwnInterview, type InterviewLayoutProps } from "@/lib/http/page";

export const dynamic = "force-dynamic";

/** Ownership, checked above the report's loading boundary so that someone else's report is a real 404. */
export default async function ReportLayout({ children, params }: InterviewLayoutProps) {
  await requireOwnInterview((await params).id, "report");
  return children;
}
