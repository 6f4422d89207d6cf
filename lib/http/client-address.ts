type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The caller's address as the load balancer reports it (first X-Forwarded-For hop), used
 * to slow down password guessing from one place. Null when no proxy header is present.
 */
export function clientAddress(source: HeaderSource): string | null {
  const forwarded = header(source, "x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || header(source, "x-real-ip")?.trim() || null;
}
