import NextAuth from "next-auth";
import { z } from "zod";
import { authOptions } from "@/lib/auth/options";
import { route } from "@/lib/http/route";

export const runtime = "nodejs";

type NextAuthHandler = (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

// next-auth speaks its own protocol here (its CSRF token, form posts, redirects), so it reads
// its own body and answers in its own way; the wrapper still runs first, so the checks every
// route gets apply here too. The options are built per request so that they (and the env they
// read) are validated at run time, never while `next build` collects routes. next-auth v4
// types its App Router handler as any.
// Its posts are small forms (a CSRF token, an email, a password, a callback URL): 16 KB is ample.
const handler = route(
  { auth: "public", params: z.object({ nextauth: z.array(z.string()) }), maxBodyBytes: 16_000 },
  ({ request, params }) => (NextAuth(authOptions()) as NextAuthHandler)(request, { params: Promise.resolve(params) }),
);

export { handler as GET, handler as POST };
