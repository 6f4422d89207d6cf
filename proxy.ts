// Runs before every page: copies the path asked for into a request header, so the (app)
// layout's sign-in redirect can come back to it (a layout is not told its URL). Nothing else
// happens here: who may see what is decided in the layouts, pages and route handlers.
import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/http/request-path";

export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  // The router's own cache-busting parameter is not part of the page's address.
  url.searchParams.delete("_rsc");
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, `${url.pathname}${url.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: not the API, not Next's assets, not files such as /icon.svg or /fonts/*.
  matcher: ["/((?!api/|_next/|fonts/|.*\\.[a-z0-9]+$).*)"],
};
