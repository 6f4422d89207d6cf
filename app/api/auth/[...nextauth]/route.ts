import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

export const runtime = "nodejs";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// Built per request so the options (and the env they read) are validated at run time,
// never while `next build` collects routes.
async function handler(request: Request, context: RouteContext) {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
