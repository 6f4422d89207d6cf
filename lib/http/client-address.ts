// The caller's network address, for the sign-in throttle and the rate limits. X-Forwarded-For
// is a list anyone can start: each proxy appends the address it was reached from, so only the
// entries the operator's own proxies wrote (TRUSTED_PROXY_COUNT, counted from the right) can
// be believed. Without trusted proxies the address is the connection's own, which Next.js
// does not hand to route handlers: recordPeerAddresses() copies it into a header of its own
// on every request, overwriting whatever the client sent in it.
import http from "node:http";
import { getEnv } from "@/lib/config/env";

export const PEER_ADDRESS_HEADER = "x-scaleboard-peer";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client's address: with `trustedProxies` proxies in front, the X-Forwarded-For entry
 * that many hops from the right (the address the outermost trusted proxy was reached from);
 * with none, the connection's address. Null when it cannot be told.
 */
export function clientAddress(source: HeaderSource, trustedProxies = getEnv().trustedProxyCount): string | null {
  if (trustedProxies === 0) return header(source, PEER_ADDRESS_HEADER)?.trim() || null;
  const hops = (header(source, "x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  // Fewer hops than proxies: the request did not come through all of them; the leftmost is
  // then the nearest thing to the client that a trusted proxy wrote.
  return hops.length === 0 ? null : hops[Math.max(0, hops.length - trustedProxies)]!;
}

/** The public host the trusted proxies were asked for (X-Forwarded-Host), or null without any. */
export function forwardedHost(headers: Headers): string | null {
  if (getEnv().trustedProxyCount === 0) return null;
  const host = headers.get("x-forwarded-host")?.split(",").at(-1)?.trim();
  return host ? host.toLowerCase() : null;
}

let recording = false;

/**
 * Makes every HTTP request of this process carry its connection's address in
 * PEER_ADDRESS_HEADER (set at start, lib/startup/node.ts). A client's own value is overwritten.
 */
export function recordPeerAddresses(): void {
  if (recording) return;
  recording = true;
  const prototype = http.Server.prototype;
  // Kept unbound on purpose: it is called below with the server as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const emit = prototype.emit;
  prototype.emit = function emitWithPeer(this: http.Server, event: string, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
