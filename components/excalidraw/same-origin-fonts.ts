// Excalidraw builds each font face from two sources: our copy (EXCALIDRAW_ASSET_PATH, see
// self-hosted-assets.ts) and, always appended, its CDN (esm.sh). The page's
// Content-Security-Policy only lets fonts come from our origin, and Chromium checks every
// source of a face against it as the face is made: about thirty "Refused to load the font"
// reports on each page with a board, although the font itself comes from /fonts. Font faces
// made on our pages therefore keep only sources on our origin: no request is made, or
// reported, for a font we serve ourselves.

/** One entry of a CSS `src` list: `url(...)`, optionally followed by `format(...)`/`tech(...)`. */
const SOURCE = /url\(\s*(["']?)([^"')]*)\1\s*\)(?:\s*(?:format|tech)\([^)]*\))*/g;

/**
 * `source` (a CSS `src` list, as `new FontFace` takes it) without the `url()` sources of
 * another origin than `origin`. A list with no source on our origin is left as it is: the
 * policy then decides, as it would without this.
 */
export function keepSameOriginSources(source: string, origin: string): string {
  const kept: string[] = [];
  let total = 0;
  for (const match of source.matchAll(SOURCE)) {
    total++;
    const url = match[2]!;
    if (url.startsWith("data:") || new URL(url, origin).origin === origin) kept.push(match[0]);
  }
  return kept.length > 0 && kept.length < total ? kept.join(", ") : source;
}

let installed = false;

/**
 * Makes the page's FontFace drop sources of other origins (once per page). Excalidraw calls
 * the global `new FontFace(family, src)` when it first needs its fonts, after this ran
 * (self-hosted-assets.ts is imported before the package everywhere it is loaded).
 */
export function installSameOriginFontFaces(): void {
  if (installed || typeof window.FontFace !== "function") return;
  installed = true;
  const BrowserFontFace = window.FontFace;
  const origin = window.location.origin;
  window.FontFace = class SameOriginFontFace extends BrowserFontFace {
    constructor(family: string, source: string | BufferSource, descriptors?: FontFaceDescriptors) {
      super(family, typeof source === "string" ? keepSameOriginSources(source, origin) : source, descriptors);
    }
  };
}
