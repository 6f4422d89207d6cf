import { readFileSync, writeFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./accounts";
import { drawSkeletons, expectSavedAfter, savedVersion, submitFromBoard, waitForBoard } from "./whiteboard";

// Korean on the whiteboard: every Hangul syllable drawn with a real font, in the hand-drawn
// font (Excalifont → Xiaolai, with our Noto Sans KR for the syllable Xiaolai lacks, 썏), in
// the normal font (Nunito, no Hangul of its own) and in the old hand-drawn one (Virgil), on
// the canvas and in the SVG and PNG exports. This machine has no Korean system font, so a
// letter no web font covers comes out as the same empty box every time.

const HAND_DRAWN = "가나다 뷁 똠방각하 쀍 썏";
const NORMAL = "로드 밸런서 뷁 썏";
const OLD = "캐시 샤딩 쀍";
/** The distinct letters of a text, spaces aside. */
const letters = (text: string) => [...new Set([...text].filter((char) => char !== " "))];

/**
 * Each letter as a canvas draws it in `font`, as a data URL. Excalidraw draws text on a
 * canvas with the same font string, so this is what the board shows.
 */
function renderings(page: Page, font: string, letters: string[]) {
  return page.evaluate(
    ({ font, letters }) =>
      letters.map((letter) => {
        // In the XHTML namespace, so this works in an SVG document too.
        const canvas = document.createElementNS("http://www.w3.org/1999/xhtml", "canvas") as HTMLCanvasElement;
        canvas.width = 64;
        canvas.height = 64;
        const context = canvas.getContext("2d")!;
        context.font = font;
        context.fillText(letter, 8, 48);
        return canvas.toDataURL();
      }),
    { font, letters },
  );
}

/**
 * The loaded faces of a family whose unicode-range names the letter. Faces that declare no
 * range (U+0-10FFFF: Virgil's own, and the subsets Excalidraw inlines into an SVG) claim every
 * letter and are left out: these are the faces added for the letter.
 */
function loadedFacesFor(page: Page, family: string, letter: string) {
  return page.evaluate(
    ({ family, point }) =>
      [...document.fonts]
        .filter((face) => face.family.replace(/"/g, "") === family && face.status === "loaded")
        .filter((face) => face.unicodeRange !== "U+0-10FFFF")
        .filter((face) =>
          face.unicodeRange.split(",").some((part) => {
            const [start, end = start] = part.trim().replace(/^U\+/i, "").split("-");
            return point >= parseInt(start!, 16) && point <= parseInt(end!, 16);
          }),
        )
        .map((face) => face.unicodeRange),
    { family, point: letter.codePointAt(0)! },
  );
}

test("every Hangul syllable on the board renders with a real font, on the canvas and in exports", async ({ page }) => {
  // The SVG export subsets eleven font files in workers: about ten seconds on a 2-core machine.
  test.setTimeout(120_000);
  await signUp(page, "Hana");
  const started = await page.request.post("/api/interviews", { data: { promptSlug: "warm-up-cache" } });
  expect(started.status()).toBe(201);
  const { id } = (await started.json()) as { id: string };
  await page.goto(`/interviews/${id}`);
  await waitForBoard(page);

  const texts = [
    { type: "text", id: "hand-drawn", x: 80, y: 80, text: HAND_DRAWN, fontSize: 36, fontFamily: 5 },
    { type: "text", id: "normal", x: 80, y: 160, text: NORMAL, fontSize: 36, fontFamily: 6 },
    { type: "text", id: "old", x: 80, y: 240, text: OLD, fontSize: 36, fontFamily: 1 },
  ];
  await drawSkeletons(page, texts);

  // Excalidraw's own font loading (document.fonts.load with each element's font string)
  // fetched every face the text needs, ours included: nothing is left to a system font.
  for (const [font, text] of [
    ["36px Excalifont, Xiaolai", HAND_DRAWN],
    ["36px Nunito", NORMAL],
    ["36px Virgil", OLD],
  ] as const) {
    await expect
      .poll(() => page.evaluate(({ font, text }) => document.fonts.check(font, text), { font, text }))
      .toBe(true);
  }
  expect(await loadedFacesFor(page, "Xiaolai", "썏")).toEqual(["U+C34F"]);
  expect(await loadedFacesFor(page, "Xiaolai", "뷁")).toHaveLength(1);
  expect(await loadedFacesFor(page, "Nunito", "뷁")).toHaveLength(1);
  expect(await loadedFacesFor(page, "Virgil", "쀍")).toHaveLength(1);

  // The hook measured the texts before any Korean font had arrived (a person's typing is
  // measured as they type, with the font loading meanwhile): the same texts again, measured
  // with the fonts, so the picture below shows them whole.
  const before = await savedVersion(page);
  await page.evaluate(
    (ids) => {
      const api = window.scaleboard!.excalidrawAPI;
      api.updateScene({
        elements: api.getSceneElementsIncludingDeleted().filter((element) => !ids.includes(element.id)),
        captureUpdate: "IMMEDIATELY",
      });
    },
    texts.map((text) => text.id),
  );
  await drawSkeletons(page, texts);
  await expectSavedAfter(page, before);

  // Drawn, each letter is a glyph of its own: a missing letter would be the same empty box as
  // in a font the page does not have.
  const missing = (await renderings(page, "40px NoSuchFont", ["뷁"]))[0];
  for (const [font, text] of [
    ["40px Excalifont, Xiaolai", HAND_DRAWN],
    ["40px Nunito", NORMAL],
    ["40px Virgil", OLD],
  ] as const) {
    const drawn = await renderings(page, font, letters(text));
    drawn.forEach((image, index) => expect(image, `${letters(text)[index]} in ${font}`).not.toBe(missing));
    expect(new Set(drawn).size, font).toBe(letters(text).length);
  }
  await page.screenshot({ path: test.info().outputPath("board.png") });

  await submitFromBoard(page, id);
  await page.waitForFunction(() => Boolean(window.scaleboardReport?.excalidrawAPI));

  // The SVG carries the Korean faces its text needs, inline, next to Excalidraw's own fonts.
  const [svgDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export the drawing as SVG" }).click(),
  ]);
  const svg = readFileSync(await svgDownload.path(), "utf8");
  expect(svg).toMatch(
    /@font-face \{ font-family: "Xiaolai"; src: url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\) format\("woff2"\); unicode-range: U\+c34f; \}/,
  );
  expect(svg).toContain('font-family: "Nunito"; src: url(data:font/woff2;base64,');
  expect(svg).toContain('font-family: "Virgil"; src: url(data:font/woff2;base64,');

  // Opened on its own, with no page fonts around it, the SVG shows every letter.
  const svgPage = await page.context().newPage();
  await svgPage.goto(`data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`);
  await expect.poll(() => loadedFacesFor(svgPage, "Xiaolai", "썏")).toEqual(["U+C34F"]);
  await expect.poll(async () => (await loadedFacesFor(svgPage, "Nunito", "뷁")).length).toBe(1);
  await expect.poll(async () => (await loadedFacesFor(svgPage, "Virgil", "쀍")).length).toBe(1);
  const svgMissing = (await renderings(svgPage, "40px NoSuchFont", ["뷁"]))[0];
  for (const [font, text] of [
    ["40px Excalifont, Xiaolai", HAND_DRAWN],
    ["40px Nunito", NORMAL],
    ["40px Virgil", OLD],
  ] as const) {
    const drawn = await renderings(svgPage, font, letters(text));
    drawn.forEach((image, index) => expect(image, `${letters(text)[index]} in the SVG's ${font}`).not.toBe(svgMissing));
    expect(new Set(drawn).size, font).toBe(letters(text).length);
  }
  await svgPage.screenshot({ path: test.info().outputPath("export.svg.png") });
  await svgPage.close();

  // The PNG is drawn with the page's fonts, which have every letter by now.
  const [pngDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export the drawing as PNG" }).click(),
  ]);
  const png = readFileSync(await pngDownload.path());
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  writeFileSync(test.info().outputPath("export.png"), png);
});

test.describe("for a Korean reader", () => {
  test.use({ locale: "ko-KR" });

  test("the catalog and the prompt page are in Korean, set in the interface's Korean-capable font", async ({
    page,
  }) => {
    await page.goto("/prompts");
    const title = page.getByRole("link", { name: "서버 한 대에서 사용자 수백만 명까지 웹 서비스 확장하기" });
    await expect(title).toBeVisible();
    await expect(page.getByRole("link", { name: "URL 단축기 설계" })).toBeVisible();
    expect(await title.evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/^"Pretendard Variable"/);
    await expect.poll(async () => (await loadedFacesFor(page, "Pretendard Variable", "서")).length).toBeGreaterThan(0);

    await title.click();
    await expect(page).toHaveURL(/\/prompts\/scale-to-millions$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "서버 한 대에서 사용자 수백만 명까지 웹 서비스 확장하기",
    );
    await expect(
      page.getByText("여러분이 운영하는 웹 애플리케이션은 서버 한 대에서 시작했습니다.", { exact: false }),
    ).toBeVisible();
    await expect(page.getByText("일간 활성 사용자(DAU)")).toBeVisible();
    await expect(page.getByText("1,000만 명")).toBeVisible();
    await expect(page.getByRole("link", { name: "로드 밸런싱" })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("prompt-ko.png"), fullPage: true });
  });
});
