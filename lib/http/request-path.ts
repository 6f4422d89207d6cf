// The path of the page being rendered, for the sign-in redirect to come back to. A layout is
// not told its URL, so proxy.ts copies it into a request header that pages can read.

export const REQUEST_PATH_HEADER = "x-scaleboard-path";

/** The path and query a page was asked for, from the proxy's header; "/dashboard" when absent. */
export function requestPathFrom(headers: Headers): string {
  const value = headers.get(REQUEST_PATH_HEADER);
  // Only a path on this site: "//host" would be another origin.
  return value?.startsWith("/") && !value.startsWith("//") ? value : "/dashboard";
}

/** The sign-in page, coming back to `callbackUrl` afterwards. */
export function signInUrl(callbackUrl: string): string {
  return `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`;
}
