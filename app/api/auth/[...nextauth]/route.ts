import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

export const runtime = "nodejs";

type RouteContext = { params: Promise<{ nextauth: string[] }> };
type RouteHandler = (request: Request, context: RouteContext) => Promise<Response>;

// Built per request so the options (and the env they read) are validated at run time,
// never while `next build` collects routes. next-auth v4 types its App Router handler as any.
function handler(request: Request, context: RouteContext): Promise<Response> {
  const route = NextAuth(authOptions()) as RouteHandler;
  return route(request, context);
}

export { handler as GET, handler as POST };
