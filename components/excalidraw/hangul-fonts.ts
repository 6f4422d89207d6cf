// Korean on the whiteboard, in every font it offers, on the canvas and in exports.
//
// Excalidraw 0.18 draws text with a font stack per element: "Excalifont, Xiaolai, Segoe UI
// Emoji" for the hand-drawn font (Xiaolai is its CJK fallback), "Nunito, Segoe UI Emoji" for
// the others. Excalifont has no Hangul and Xiaolai lacks a few Hangul letters (U+C34F 썏,
// some old jamo); Nunito, Lilita One, Comic Shanns, Virgil and Cascadia have none. Without
// help those letters fall to whatever font the viewer's system has (a box where it has no
// Korean font). So a complete Korean font, Noto Sans KR (OFL, docs/licences/), joins each of
// those families as extra font faces whose unicode-range covers only the Hangul the family
// lacks: the browser uses them for those letters only, whatever order the faces were added
// in, and Excalidraw's own font loading (document.fonts.load with the element's font string)
// loads them with the rest. Exported SVGs get the same faces inlined (embedHangulFonts).
//
// The files are Noto Sans KR's regular-weight subsets, copied to public/fonts/NotoSansKR at
// install (scripts/postinstall.ts); unicode.json says which letters each subset holds.
import notoSubsets from "@fontsource/noto-sans-kr/unicode.json";

/** An inclusive range of code points. */
export type CodeRange = readonly [number, number];

/** Where scripts/postinstall.ts copies the font's files (served by Next from public/). */
export const HANGUL_FONT_PATH = "/fonts/NotoSansKR";

/** The Hangul blocks: jamo, compatibility jamo, jamo extended A and B, syllables, half-width. */
export const HANGUL: readonly CodeRange[] = [
  [0x1100, 0x11ff],
  [0x3130, 0x318f],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xd7b0, 0xd7ff],
  [0xffa0, 0xffdc],
];

/**
 * The Hangul code points of HANGUL that Xiaolai, as Excalidraw 0.18.1 ships it, does not
 * cover (its faces' unicode-ranges, which match its glyphs). Checked against the installed
 * package by tests/unit/excalidraw/hangul-fonts.test.ts, so an upgrade that changes Xiaolai
 * fails there rather than leaving letters blank.
 */
export const XIAOLAI_HANGUL_GAPS: readonly CodeRange[] = [
  [0x115f, 0x115f],
  [0x3130, 0x3130],
  [0x318f, 0x318f],
  [0xa97d, 0xa97f],
  [0xc34f, 0xc34f],
  [0xd7c7, 0xd7ca],
  [0xd7fc, 0xd7ff],
  [0xffbf, 0xffc1],
  [0xffc8, 0xffc9],
  [0xffd0, 0xffd1],
  [0xffd8, 0xffd9],
];

/**
 * The board's web fonts that Korean text can be set in, by Excalidraw's font family id, and
 * the family our faces join with the Hangul they add. Excalifont's text falls back to
 * Xiaolai, so Excalifont is served through Xiaolai's gaps. Helvetica is left out: it is the
 * system's own font (a face named after it would hide the system's), and it is deprecated.
 */
export const HANGUL_FALLBACKS: readonly { fontFamilyId: number; family: string; ranges: readonly CodeRange[] }[] = [
  { fontFamilyId: 5, family: "Xiaolai", ranges: XIAOLAI_HANGUL_GAPS },
  { fontFamilyId: 1, family: "Virgil", ranges: HANGUL },
  { fontFamilyId: 3, family: "Cascadia", ranges: HANGUL },
  { fontFamilyId: 6, family: "Nunito", ranges: HANGUL },
  { fontFamilyId: 7, family: "Lilita One", ranges: HANGUL },
  { fontFamilyId: 8, family: "Comic Shanns", ranges: HANGUL },
];

/** One font face to add: a subset file of the Korean font, for some Hangul of one family. */
export interface HangulFace {
  family: string;
  url: string;
  /** The CSS unicode-range: only the letters of this subset that the family lacks. */
  unicodeRange: string;
  ranges: CodeRange[];
}

/** "U+AC00-D7A3, U+3131" → ranges, sorted and merged. */
export function parseUnicodeRange(text: string): CodeRange[] {
  const ranges = text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part): CodeRange => {
      const match = /^U\+([0-9a-f]+)(?:-([0-9a-f]+))?$/i.exec(part);
      if (!match) throw new Error(`not a unicode-range: ${JSON.stringify(part)}`);
      const start = parseInt(match[1]!, 16);
      return [start, match[2] ? parseInt(match[2], 16) : start];
    });
  return mergeRanges(ranges);
}

/** Ranges → "U+ac00-d7a3, U+3131", the form CSS takes. */
export function formatUnicodeRange(ranges: readonly CodeRange[]): string {
  const hex = (point: number) => point.toString(16);
  return ranges.map(([start, end]) => (start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`)).join(", ");
}

function mergeRanges(ranges: readonly CodeRange[]): CodeRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The code points in both lists of ranges. */
export function intersectRanges(a: readonly CodeRange[], b: readonly CodeRange[]): CodeRange[] {
  const out: CodeRange[] = [];
  for (const [aStart, aEnd] of a) {
    for (const [bStart, bEnd] of b) {
      const start = Math.max(aStart, bStart);
      const end = Math.min(aEnd, bEnd);
      if (start <= end) out.push([start, end]);
    }
  }
  return mergeRanges(out);
}

export function rangesContain(ranges: readonly CodeRange[], point: number): boolean {
  return ranges.some(([start, end]) => point >= start && point <= end);
}

/** Noto Sans KR's numbered subsets ("[0]" … "[119]", the CJK ones) with the letters each holds. */
function koreanSubsets(): { index: number; ranges: CodeRange[] }[] {
  return Object.entries(notoSubsets as Record<string, string>).flatMap(([key, range]) => {
    const match = /^\[(\d+)\]$/.exec(key);
    return match ? [{ index: Number(match[1]), ranges: parseUnicodeRange(range) }] : [];
  });
}

/** The URL of one regular-weight subset file. */
export function hangulFontUrl(index: number): string {
  return `${HANGUL_FONT_PATH}/noto-sans-kr-${index}-400-normal.woff2`;
}

let computedFaces: HangulFace[] | undefined;

/** Every face to add: for each family, each subset holding some of the Hangul it lacks. */
export function hangulFaces(): HangulFace[] {
  computedFaces ??= computeFaces();
  return computedFaces;
}

function computeFaces(): HangulFace[] {
  const subsets = koreanSubsets();
  return HANGUL_FALLBACKS.flatMap(({ family, ranges }) =>
    subsets.flatMap((subset) => {
      const covered = intersectRanges(subset.ranges, ranges);
      return covered.length > 0
        ? [{ family, url: hangulFontUrl(subset.index), unicodeRange: formatUnicodeRange(covered), ranges: covered }]
        : [];
    }),
  );
}

let registered = false;

/**
 * Adds the faces to the page's fonts (once). Nothing is downloaded until text needs a letter
 * of a face: Excalidraw's font loading, or the canvas drawing it, fetches just that subset.
 */
export function registerHangulFonts(fonts: FontFaceSet = document.fonts): void {
  if (registered) return;
  registered = true;
  for (const face of hangulFaces()) {
    fonts.add(
      new FontFace(face.family, `url(${face.url}) format("woff2")`, {
        unicodeRange: face.unicodeRange,
        display: "swap",
      }),
    );
  }
}

/** The parts of a scene element this module reads. */
interface TextLike {
  type: string;
  isDeleted?: boolean;
  fontFamily?: number;
  originalText?: string;
  text?: string;
}

/** The faces the text of these elements needs, in HANGUL_FALLBACKS order. */
export function facesForElements(elements: readonly unknown[], faces: HangulFace[] = hangulFaces()): HangulFace[] {
  const pointsByFamily = new Map<string, Set<number>>();
  for (const element of elements as readonly TextLike[]) {
    if (element?.type !== "text" || element.isDeleted) continue;
    const fallback = HANGUL_FALLBACKS.find((entry) => entry.fontFamilyId === element.fontFamily);
    if (!fallback) continue;
    const points = pointsByFamily.get(fallback.family) ?? new Set<number>();
    for (const char of element.originalText ?? element.text ?? "") points.add(char.codePointAt(0)!);
    pointsByFamily.set(fallback.family, points);
  }
  return faces.filter((face) => {
    const points = pointsByFamily.get(face.family);
    return points !== undefined && [...points].some((point) => rangesContain(face.ranges, point));
  });
}

function base64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = "";
  // In slices: String.fromCharCode with a whole font as arguments overflows the stack.
  for (let offset = 0; offset < view.length; offset += 0x8000) {
    binary += String.fromCharCode(...view.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}

/**
 * Inlines the faces an exported SVG's Korean text needs into its font styles, next to the
 * ones Excalidraw inlines for its own fonts, so the file shows every letter wherever it is
 * opened. Excalidraw's export leaves these letters to the viewer's system fonts.
 */
export async function embedHangulFonts(
  svg: SVGSVGElement,
  elements: readonly unknown[],
  fetchFont: (url: string) => Promise<Response> = (url) => fetch(url),
): Promise<void> {
  const faces = facesForElements(elements);
  if (faces.length === 0) return;
  const rules = await Promise.all(
    faces.map(async (face) => {
      const response = await fetchFont(face.url);
      if (!response.ok) throw new Error(`Could not load the Korean font ${face.url}: HTTP ${response.status}`);
      const data = base64(await response.arrayBuffer());
      return `@font-face { font-family: "${face.family}"; src: url(data:font/woff2;base64,${data}) format("woff2"); unicode-range: ${face.unicodeRange}; }`;
    }),
  );
  const document = svg.ownerDocument;
  let style = svg.querySelector("style.style-fonts");
  if (!style) {
    const defs =
      svg.querySelector("defs") ?? svg.insertBefore(document.createElementNS(SVG_NS, "defs"), svg.firstChild);
    style = defs.appendChild(document.createElementNS(SVG_NS, "style"));
    style.classList.add("style-fonts");
  }
  style.appendChild(document.createTextNode(`\n${rules.join("\n")}\n`));
}

const SVG_NS = "http://www.w3.org/2000/svg";
