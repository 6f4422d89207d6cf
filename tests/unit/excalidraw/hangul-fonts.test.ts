import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import notoSubsets from "@fontsource/noto-sans-kr/unicode.json";
import {
  facesForElements,
  formatUnicodeRange,
  HANGUL,
  HANGUL_FALLBACKS,
  hangulFaces,
  intersectRanges,
  parseUnicodeRange,
  rangesContain,
  XIAOLAI_HANGUL_GAPS,
  type CodeRange,
} from "@/components/excalidraw/hangul-fonts";

// The installed Excalidraw, read as text: which fonts it draws with, and which letters each
// of its font faces declares. Its unminified build names them plainly.
const DIST = path.join(process.cwd(), "node_modules", "@excalidraw", "excalidraw", "dist", "dev");
const EXCALIDRAW = readdirSync(DIST)
  .filter((name) => name.endsWith(".js"))
  .map((name) => readFileSync(path.join(DIST, name), "utf8"))
  .find((text) => text.includes("var XiaolaiFontFaces = ["))!;

function block(start: string, end: string): string {
  const from = EXCALIDRAW.indexOf(start);
  expect(from, start).toBeGreaterThanOrEqual(0);
  return EXCALIDRAW.slice(from, EXCALIDRAW.indexOf(end, from));
}

/** Every code point a family's faces declare, or null when a face declares no range (all). */
function declaredRanges(variable: string): CodeRange[] | null {
  const faces = block(`var ${variable} = [`, "\n];");
  const uris = faces.match(/uri:/g)?.length ?? 0;
  const ranges = [...faces.matchAll(/unicodeRange: (?:"([^"]+)"|GOOGLE_FONTS_RANGES\.(\w+))/g)].map((match) => {
    if (match[1]) return match[1];
    return /(?:^|\s)(\w+): "([^"]+)"/.exec(block(`${match[2]}: "`, "\n"))![2]!;
  });
  if (ranges.length < uris) return null;
  return parseUnicodeRange(ranges.join(","));
}

const SYLLABLES: CodeRange = [0xac00, 0xd7a3];
const NOTO_KOREAN = parseUnicodeRange(
  Object.entries(notoSubsets as Record<string, string>)
    .filter(([key]) => /^\[\d+\]$/.test(key))
    .map(([, range]) => range)
    .join(","),
);

/** Code points of a family our faces add. */
function added(family: string): CodeRange[] {
  return parseUnicodeRange(
    hangulFaces()
      .filter((face) => face.family === family)
      .map((face) => face.unicodeRange)
      .join(","),
  );
}

describe("unicode ranges", () => {
  it("parses, merges and formats CSS unicode-ranges", () => {
    expect(parseUnicodeRange("U+AC01-AC05, U+ac00, U+3131")).toEqual([
      [0x3131, 0x3131],
      [0xac00, 0xac05],
    ]);
    expect(
      formatUnicodeRange([
        [0x3131, 0x3131],
        [0xac00, 0xd7a3],
      ]),
    ).toBe("U+3131, U+ac00-d7a3");
    expect(() => parseUnicodeRange("AC00")).toThrow(/not a unicode-range/);
  });

  it("intersects ranges", () => {
    expect(
      intersectRanges(
        [
          [0, 10],
          [20, 30],
        ],
        [[5, 25]],
      ),
    ).toEqual([
      [5, 10],
      [20, 25],
    ]);
    expect(intersectRanges([[0, 4]], [[5, 9]])).toEqual([]);
  });
});

describe("the whiteboard's Korean font", () => {
  it("knows Excalidraw's font families by the ids the package gives them", () => {
    const ids = block("var FONT_FAMILY = {", "};");
    for (const { fontFamilyId, family } of HANGUL_FALLBACKS.slice(1)) {
      expect(ids).toMatch(new RegExp(`"?${family}"?: ${fontFamilyId},`));
    }
    expect(ids).toContain("Excalifont: 5,");
    // Excalifont's text falls back to Xiaolai, which is why Xiaolai's gaps serve it.
    expect(block("var getFontFamilyFallbacks", "};")).toMatch(
      /case FONT_FAMILY\.Excalifont:\s*return \[CJK_HAND_DRAWN_FALLBACK_FONT/,
    );
    expect(EXCALIDRAW).toContain('var CJK_HAND_DRAWN_FALLBACK_FONT = "Xiaolai";');
  });

  it("fills exactly the Hangul that Xiaolai, as installed, does not declare", () => {
    const xiaolai = declaredRanges("XiaolaiFontFaces")!;
    const uncovered = HANGUL.flatMap(([start, end]) => {
      const points: number[] = [];
      for (let point = start; point <= end; point++) if (!rangesContain(xiaolai, point)) points.push(point);
      return points;
    });
    expect(parseUnicodeRange(uncovered.map((point) => `U+${point.toString(16)}`).join(","))).toEqual(
      XIAOLAI_HANGUL_GAPS,
    );
    // 썏 is the syllable Xiaolai lacks; no face of ours overlaps one of Xiaolai's.
    expect(rangesContain(added("Xiaolai"), 0xc34f)).toBe(true);
    expect(intersectRanges(added("Xiaolai"), xiaolai)).toEqual([]);
  });

  it("gives every board font every Hangul syllable, with no face overlapping the family's own", () => {
    const families: Record<string, string> = {
      Virgil: "VirgilFontFaces",
      Cascadia: "CascadiaFontFaces",
      Nunito: "NunitoFontFaces",
      "Lilita One": "LilitaFontFaces",
      "Comic Shanns": "ComicShannsFontFaces",
    };
    const xiaolai = declaredRanges("XiaolaiFontFaces")!;
    for (const { family } of HANGUL_FALLBACKS) {
      const own = family === "Xiaolai" ? xiaolai : declaredRanges(families[family]!);
      const covered = [...(own ? intersectRanges(own, HANGUL) : []), ...added(family)];
      // Virgil declares no range: it claims every letter, and the browser moves on to our
      // faces for the ones it has no glyph for (checked in tests/e2e/korean-font.spec.ts).
      if (own && family !== "Xiaolai") expect(intersectRanges(own, HANGUL), family).toEqual([]);
      expect(intersectRanges(parseUnicodeRange(formatUnicodeRange(covered)), [SYLLABLES]), family).toEqual([SYLLABLES]);
    }
  });

  it("uses only letters the Korean font has, from files the package ships", () => {
    const files = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-kr", "files");
    expect(intersectRanges(NOTO_KOREAN, [SYLLABLES])).toEqual([SYLLABLES]);
    for (const face of hangulFaces()) {
      expect(intersectRanges(face.ranges, NOTO_KOREAN), face.url).toEqual(face.ranges);
      expect(existsSync(path.join(files, path.basename(face.url))), face.url).toBe(true);
    }
  });

  it("picks the faces an export's text needs, and none for text the board's fonts have", () => {
    const text = (fontFamily: number, value: string, extra: Record<string, unknown> = {}) => ({
      type: "text",
      fontFamily,
      originalText: value,
      text: value,
      ...extra,
    });
    expect(facesForElements([text(5, "로드 밸런서 가나다 뷁 똠방각하 쀍")])).toEqual([]);
    const gap = facesForElements([text(5, "썏"), { type: "rectangle" }, text(6, "썏", { isDeleted: true })]);
    expect(gap.map((face) => [face.family, face.unicodeRange])).toEqual([["Xiaolai", "U+c34f"]]);
    const nunito = facesForElements([text(6, "뷁뷁")]);
    expect(nunito).toHaveLength(1);
    expect(nunito[0]).toMatchObject({ family: "Nunito" });
    expect(rangesContain(nunito[0]!.ranges, "뷁".codePointAt(0)!)).toBe(true);
    expect(facesForElements([text(2, "한국어")])).toEqual([]);
  });
});
