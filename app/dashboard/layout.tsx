import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";

// The sign-in check runs here, above the dashboard's loading boundary, so a signed-out
// visitor gets a real redirect response (307) instead of a streamed client-side one.
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  await requireUser("/dashboard");
  return children;
}
