// Excalidraw fetches its fonts from a CDN unless told otherwise, and the exporters (SVG, PNG,
// the conflict dialog's previews) embed fonts too. The fonts are copied into public/fonts at
// install (scripts/postinstall.ts); every module that loads the package imports this one
// first, so it points at our own origin before the package loads, wherever it is loaded from:
// no external request, and the CJK font that Korean labels need is served here. The Korean
// font that fills the Hangul the board's fonts lack joins the page's fonts here too, before
// any scene renders (components/excalidraw/hangul-fonts.ts). Excalidraw's CDN fallback is
// dropped from every font face (components/excalidraw/same-origin-fonts.ts), and SVG exports
// subset fonts in a worker served from here (components/excalidraw/subset-worker.ts).
import { registerHangulFonts } from "./hangul-fonts";
import { installSameOriginFontFaces } from "./same-origin-fonts";
import { installSelfHostedSubsetWorker } from "./subset-worker";

if (typeof window !== "undefined") {
  (window as Window & { EXCALIDRAW_ASSET_PATH?: string }).EXCALIDRAW_ASSET_PATH = "/";
  installSameOriginFontFaces();
  installSelfHostedSubsetWorker();
  registerHangulFonts();
}

export {};
