// Runs before every page: copies the path asked for into a request header, so the (app)
// layout's sign-in redirect can come back to it (a layout is not told its URL), and sets the
// page's Content-Security-Policy with a fresh nonce (Next.js puts the nonce on its own
// scripts when it finds the policy on the request). Who may see what is decided in the
// layouts, pages and route handlers.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, CSP_HEADER, STRICT_TRANSPORT_SECURITY } from "@/lib/http/security-headers";
import { REQUEST_PATH_HEADER } from "@/lib/http/request-path";

export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  // The router's own cache-busting parameter is not part of the page's address.
  url.searchParams.delete("_rsc");
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, `${url.pathname}${url.search}`);
  headers.set(CSP_HEADER, policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(CSP_HEADER, policy);
  // HSTS means something only over https (browsers ignore it over http).
  if (url.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https")
    response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Pages only: not the API, not Next's assets, not files such as /icon.svg or /fonts/*.
  matcher: ["/((?!api/|_next/|fonts/|.*\\.[a-z0-9]+$).*)"],
};
