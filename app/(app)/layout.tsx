import type { ReactNode } from "react";
import { requireSession } from "@/lib/http/page";

/**
 * Every page below needs a signed-in user, checked here once, above the pages' loading
 * boundaries, so a signed-out visitor gets a real redirect (307) to sign-in, coming back here.
 */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  await requireSession();
  return children;
}
