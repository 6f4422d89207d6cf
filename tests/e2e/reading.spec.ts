import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./accounts";
import { drawSkeletons, expectSavedAfter, savedVersion, startInterview, submitFromBoard } from "./whiteboard";

// Correcting the reading (issue 12): the grader view says how each part was read, a "This is
// a…" picker tags a misread or unrecognised box in two clicks, undo takes it back, and the
// submitted grade and the report follow the tag.

const box = (id: string, x: number, y: number, text: string) => ({
  type: "rectangle",
  id,
  x,
  y,
  width: 180,
  height: 80,
  label: { text },
});

const DRAWING = [
  box("app", 0, 0, "App server"),
  box("flux", 320, 0, "Flux capacitor"),
  box("db", 0, 240, "Postgres database"),
  box("kafka", 320, 240, "Kafak cluster"),
  // Bound at both ends: the app server reads through whatever "Flux capacitor" turns out to be.
  { type: "arrow", id: "to-flux", x: 185, y: 40, width: 130, height: 0, start: { id: "app" }, end: { id: "flux" } },
  // Loose at both ends, stopping 30 px short of each box.
  {
    type: "arrow",
    id: "to-db",
    x: 90,
    y: 110,
    width: 0,
    height: 100,
    points: [
      [0, 0],
      [0, 100],
    ],
  },
];

const fluxTag = (page: Page) =>
  page.evaluate(
    () => window.scaleboard!.excalidrawAPI.getSceneElements().find((element) => element.id === "flux")?.customData,
  );

test("a candidate sees how the grader read the drawing, tags an unrecognised box in two clicks, undoes it, and the grade follows", async ({
  page,
}) => {
  // Long: it draws, tags, undoes, tags again, submits and reads the report.
  test.setTimeout(240_000);
  await signUp(page, "Tess");
  const id = await startInterview(page, "warm-up-cache");
  const before = await savedVersion(page);
  await drawSkeletons(page, DRAWING);
  await expectSavedAfter(page, before);

  await page.getByRole("tab", { name: /Grader view/ }).click();
  const panel = page.getByRole("tabpanel", { name: /Grader view/ });
  const unrecognised = panel.getByRole("region", { name: /Not recognised/ });
  await expect(unrecognised).toContainText("“Flux capacitor”");

  // How each part was read, in plain words: a bound label, a corrected spelling.
  await expect(panel.getByRole("listitem").filter({ hasText: "App server" }).getByTestId("reading")).toHaveText(
    "Read from its label.",
  );
  await expect(panel.getByRole("listitem").filter({ hasText: "Kafak cluster" }).getByTestId("reading")).toHaveText(
    "Read from its label, corrected from “Kafak”.",
  );

  // The unrecognised label is marked on the board, outside the drawing itself.
  await expect(page.getByTestId("unrecognised-mark")).toHaveCount(1);
  const markBox = (await page.getByTestId("unrecognised-mark").boundingBox())!;
  expect(markBox.width).toBeGreaterThan(150);
  expect(await page.evaluate(() => window.scaleboard!.excalidrawAPI.getSceneElements().length)).toBe(
    DRAWING.length + 4, // four bound labels
  );

  // The loose arrow is listed, and hovering or focusing it shows it on the board.
  const loose = panel.getByRole("region", { name: /Connections from loose ends/ });
  const connection = loose.getByRole("button", { name: /“App server” to “Postgres database”/ });
  await expect(connection).toContainText("Inferred from a loose end");
  await expect(page.getByTestId("highlight-mark")).toHaveCount(0);
  await connection.hover();
  await expect(page.getByTestId("highlight-mark")).toHaveCount(1);
  await panel.getByText("Updated as you draw.").hover();
  await expect(page.getByTestId("highlight-mark")).toHaveCount(0);
  await connection.focus();
  await expect(page.getByTestId("highlight-mark")).toHaveCount(1);
  await connection.blur();

  // Two clicks: "This is a…", then the kind.
  const saved = await savedVersion(page);
  await unrecognised.getByRole("button", { name: /This is a… \(tell the grader what “Flux capacitor” is\)/ }).click();
  await panel.getByRole("menuitemradio", { name: "Cache" }).click();
  await expect.poll(() => fluxTag(page)).toEqual({ kind: "cache", taggedBy: "hand" });
  await expect(panel.getByRole("button", { name: "Select all Cache components on the board" })).toBeVisible();
  await expect(panel.getByRole("listitem").filter({ hasText: "Flux capacitor" }).getByTestId("reading")).toHaveText(
    "You tagged it as a cache.",
  );
  await expect(panel.getByTestId("reading-status")).toHaveText(/“Flux capacitor” is now tagged as Cache/);
  await expect(unrecognised).toBeHidden();
  await expect(page.getByTestId("unrecognised-mark")).toHaveCount(0);
  // Saved with the drawing, like any edit.
  await expectSavedAfter(page, saved);

  // Undo on the board takes the tag back, and the grader view follows.
  await page.mouse.click(900, 700);
  await page.keyboard.press("Control+z");
  // The tag is gone (an empty customData stays: it is what undo had to put back).
  await expect.poll(() => fluxTag(page)).toEqual({});
  await expect(unrecognised).toContainText("“Flux capacitor”");
  await expect(page.getByTestId("unrecognised-mark")).toHaveCount(1);

  // The keyboard alone: open the menu, move to the kind, pick it.
  const picker = unrecognised.getByRole("button", { name: /This is a…/ });
  await picker.focus();
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("menuitemradio", { name: "Client" })).toBeFocused();
  for (let step = 0; step < 6; step++) await page.keyboard.press("ArrowDown");
  await expect(panel.getByRole("menuitemradio", { name: "Cache" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect.poll(() => fluxTag(page)).toEqual({ kind: "cache", taggedBy: "hand" });
  await expect(panel.getByRole("button", { name: "Select all Cache components on the board" })).toBeVisible();

  // Submitted, the grade follows the tag: the cache in front of the database passes.
  await submitFromBoard(page, id);
  await expect(page.locator('[data-rule-id="cache-layer"]')).toContainText("Pass");
  await expect(page.getByTestId("report-score")).toHaveText("67");
  const recognised = page.getByRole("region", { name: "Recognised components" });
  await expect(recognised.getByRole("button", { name: /Flux capacitor/ })).toContainText("tagged by hand");
  await expect(recognised.getByRole("button", { name: /App server/ })).not.toContainText("tagged by hand");
});
