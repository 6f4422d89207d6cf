import { SiteFrame } from "@/components/nav/site-frame";
import { requireOwnInterview, type InterviewLayoutProps } from "@/lib/http/page";

export const dynamic = "force-dynamic";

/**
 * The whiteboard fills the screen: no footer. Ownership is checked here, above the page's
 * loading boundary, so someone else's interview gets a real 404 status.
 */
export default async function WhiteboardLayout({ children, params }: InterviewLayoutProps) {
  await requireOwnInterview((await params).id, "whiteboard");
  return <SiteFrame footer={false}>{children}</SiteFrame>;
}
