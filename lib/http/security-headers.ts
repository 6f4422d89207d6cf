// The browser-side protections of every page, set by proxy.ts (next.config.js sets the static
// ones on every answer: nosniff, referrer and frame policies, Permissions-Policy).

/**
 * Enforced. Measured in a browser on every page: no eval (zod's compiler is off in the browser,
 * components/csp/no-eval.tsx), no inline script without the nonce, and no font from another
 * origin (Excalidraw's CDN fallback is dropped from its font faces,
 * components/excalidraw/same-origin-fonts.ts). tests/e2e/hardening.spec.ts fails on any
 * violation. Next.js reads the nonce from this request header.
 */
export const CSP_HEADER = "content-security-policy";

/** Two years, subdomains included: what browsers' preload lists ask for. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * The page's Content-Security-Policy. Scripts: only those carrying this response's nonce
 * (Next.js's own) and what they load ('strict-dynamic'). What Excalidraw needs: inline style
 * attributes and <style> elements (its UI and the text editor position themselves that way),
 * data: and blob: images (exported and pasted images), its fonts from /fonts, and a module
 * worker for font subsets.
 * Excalidraw subsets fonts for exports with WebAssembly ('wasm-unsafe-eval' lets it compile
 * WebAssembly, not evaluate JavaScript strings); without it, it falls back to fetching each
 * font from a CDN. Nothing is loaded from another origin. Development adds 'unsafe-eval' for React's debugging.
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' 'wasm-unsafe-eval'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join("; ");
}
