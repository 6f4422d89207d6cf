import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { SiteFrame } from "@/components/nav/site-frame";
import { StatusPage } from "@/components/ui/status-page";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  // The root's not-found page replaces every route group's layout, so it brings the frame.
  return (
    <SiteFrame>
      <StatusPage
        code="404"
        title="Page not found"
        description="The page you asked for does not exist or has moved. Check the address, or pick up from one of these."
        actions={
          <>
            <ButtonLink href="/prompts">Browse prompts</ButtonLink>
            <ButtonLink href="/" variant="secondary">
              Go to the home page
            </ButtonLink>
          </>
        }
      />
    </SiteFrame>
  );
}
