import { expect, test, type Page } from "@playwright/test";

// Steps on the interview's whiteboard that browser tests share: starting an interview from its
// prompt page, drawing through the exposed Excalidraw API (tests/e2e/README.md), waiting for a save.

export async function waitForBoard(page: Page) {
  await page.waitForFunction(() => Boolean(window.scaleboard?.excalidrawAPI), null, { timeout: 30_000 });
}

/** Starts an interview from the prompt page and returns its id, once the board is ready. */
export async function startInterview(page: Page, slug: string): Promise<string> {
  await page.goto(`/prompts/${slug}`);
  await page.getByRole("button", { name: "Start interview" }).click();
  await page.waitForURL(/\/interviews\/[^/]+$/);
  await waitForBoard(page);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  expect(id).not.toBe("");
  return id;
}

/** A shape or arrow as Excalidraw's element skeletons describe it (convertToExcalidrawElements). */
export type Skeleton = Record<string, unknown> & { type: string };

/** Adds elements to the board in one edit, undoable like a person's drawing. */
export async function drawSkeletons(page: Page, skeletons: Skeleton[]) {
  await page.evaluate((shapes) => {
    const board = window.scaleboard!;
    const created = board.convertToExcalidrawElements(
      shapes as unknown as Parameters<typeof board.convertToExcalidrawElements>[0],
      { regenerateIds: false },
    );
    board.excalidrawAPI.updateScene({
      elements: [...board.excalidrawAPI.getSceneElementsIncludingDeleted(), ...created],
      // CaptureUpdateAction.IMMEDIATELY (the hook exposes no enum): its own step in the undo history.
      captureUpdate: "IMMEDIATELY",
    });
  }, skeletons);
}

const saveStatus = (page: Page) => page.getByTestId("save-status");

export const savedVersion = async (page: Page) => Number(await saveStatus(page).getAttribute("data-version"));

/** Waits until a save newer than `before` has landed and the page says so. */
export async function expectSavedAfter(page: Page, before: number) {
  await expect.poll(() => savedVersion(page), { timeout: 20_000 }).toBeGreaterThan(before);
  await expect(saveStatus(page)).toHaveAttribute("data-state", "saved");
}

/** Submits through the page's dialog and waits for the report. */
export async function submitFromBoard(page: Page, id: string) {
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await page
    .getByRole("dialog", { name: "Submit your design?" })
    .getByRole("button", { name: "Submit for grading" })
    .click();
  await page.waitForURL(new RegExp(`/interviews/${id}/report$`), { timeout: test.info().timeout });
}
