// Checks on a request before anything of it is read: where it comes from (cross-site request
// forgery) and what kind of body it claims to carry. route() runs them for every route.
import { getEnv } from "@/lib/config/env";
import { AppError } from "@/lib/errors/app-error";
import type { BodyFormat } from "@/lib/http/body";
import { forwardedHost } from "@/lib/http/client-address";

/** Methods that change something: the ones a forged cross-site request is after. */
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function isStateChanging(method: string): boolean {
  return STATE_CHANGING.has(method.toUpperCase());
}

/** The hosts (host:port) this app answers as: the configured public URL's and the one asked for. */
function ownHosts(headers: Headers): Set<string> {
  const hosts = new Set<string>();
  const configured = getEnv().auth.url;
  if (configured) hosts.add(new URL(configured).host);
  const host = forwardedHost(headers) ?? headers.get("host");
  if (host) hosts.add(host.toLowerCase());
  return hosts;
}

function foreignOrigin(): AppError {
  return new AppError("cross_origin", "This request came from another site and was refused.");
}

/**
 * Refuses a state-changing request a browser sent from another origin: another site, a
 * sibling subdomain or another port of this host. Browsers say where a request comes from in
 * Sec-Fetch-Site and Origin (on every cross-origin request, `no-cors` ones included); a
 * request with neither comes from a program (curl, a CI job), which a cookie-riding forgery
 * cannot be. Origin "null" (a sandboxed frame, a file) is refused too.
 */
export function assertSameOrigin(request: Request): void {
  if (!isStateChanging(request.method)) return;
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw foreignOrigin();
  const origin = request.headers.get("origin");
  if (origin === null) return;
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    throw foreignOrigin();
  }
  if (!host || !ownHosts(request.headers).has(host)) throw foreignOrigin();
}

function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

/** Whether a body of this request may be read as `format`: JSON only as application/json. */
export function acceptsContentType(request: Request, format: BodyFormat): boolean {
  const type = mediaType(request);
  if (format === "text" || format === "raw") return true;
  if (type === "application/json") return true;
  return format === "json-or-form" && FORM_TYPES.has(type);
}

export function unsupportedMediaType(format: BodyFormat): AppError {
  const expected = format === "json-or-form" ? "application/json or a form" : "application/json";
  return new AppError("unsupported_media_type", `Send the body as ${expected}.`);
}
