"use client";

import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { SiteFrame } from "@/components/nav/site-frame";
import { StatusPage } from "@/components/ui/status-page";

function digestOf(error: unknown): string | undefined {
  if (error instanceof Error && "digest" in error && typeof error.digest === "string") return error.digest;
  return undefined;
}

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = digestOf(error);

  // The root's error boundary replaces every route group's layout, so it brings the frame.
  return (
    <SiteFrame>
      <StatusPage
        code="Error"
        title="Something went wrong"
        description="This page could not be loaded. Your saved work is not affected. Try again, and if it keeps happening, come back in a few minutes."
        actions={
          <>
            <Button onClick={() => retry()}>Try again</Button>
            <ButtonLink href="/" variant="secondary">
              Go to the home page
            </ButtonLink>
          </>
        }
      >
        {digest ? (
          <p className="mt-4 text-xs text-slate-500">
            Reference: <code className="font-mono">{digest}</code>
          </p>
        ) : null}
      </StatusPage>
    </SiteFrame>
  );
}
