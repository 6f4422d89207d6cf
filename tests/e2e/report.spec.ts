import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { warmUpScene } from "../fixtures/warm-up-scene";
import { signUp } from "./accounts";

// The graded report and the history, end to end against the production build: a graded
// interview is made through the HTTP API (no whiteboard UI), then read through the pages.

/** Web server → Redis cache and → MySQL, all bound: the cache passes, the lone database fails replication. */
const WARM_UP_SCENE = warmUpScene();

const NOTES = "Cache-aside with a 60 s TTL; MySQL stays the source of truth.";
const PROMPT_TITLE = "Warm-up: put a cache in front of a database";

async function gradedInterview(page: Page): Promise<string> {
  const started = await page.request.post("/api/interviews", { data: { promptSlug: "warm-up-cache" } });
  expect(started.status()).toBe(201);
  const { id } = (await started.json()) as { id: string };
  const submitted = await page.request.post(`/api/interviews/${id}/submit`, {
    data: { baseVersion: 0, scene: WARM_UP_SCENE, notes: NOTES },
  });
  expect(submitted.ok()).toBe(true);
  // cache-layer passes (weight 2), database-replication fails (weight 1): round(100 × 2 / 3).
  expect(((await submitted.json()) as { grade: { score: number } }).grade.score).toBe(67);
  return id;
}

const selection = (page: Page) =>
  page.evaluate(() => Object.keys(window.scaleboardReport?.excalidrawAPI.getAppState().selectedElementIds ?? {}));

test("the report shows the score, points findings at the drawing, replays, exports, and feeds the history", async ({
  page,
}) => {
  await signUp(page, "Rita");
  const id = await gradedInterview(page);

  await page.goto(`/interviews/${id}/report`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PROMPT_TITLE);
  await expect(page.getByTestId("report-score")).toHaveText("67");
  await expect(page.getByText("Grading engine")).toBeVisible();
  await expect(page.getByTestId("finding-summary")).toContainText("1 failing");
  await expect(page.getByTestId("finding-summary")).toContainText("1 passing");

  // Failing first, with the rule's own words on why and how to fix.
  await expect(page.locator("[data-rule-id]")).toHaveCount(2);
  expect(
    await page.locator("[data-rule-id]").evaluateAll((items) => items.map((item) => item.getAttribute("data-rule-id"))),
  ).toEqual(["database-replication", "cache-layer"]);
  const replication = page.locator('[data-rule-id="database-replication"]');
  await expect(replication).toContainText("Replicated database");
  await expect(replication).toContainText("Fail");
  await expect(replication).toContainText('"MySQL" has no replica');
  await expect(replication).toContainText("How to fix.");
  await expect(replication).toContainText("read replica");
  await expect(page.locator('[data-rule-id="cache-layer"]')).toContainText("Pass");

  // Picking the failing finding selects and outlines the database in the read-only canvas.
  await page.waitForFunction(() => Boolean(window.scaleboardReport?.excalidrawAPI));
  await replication.getByRole("button").click();
  await expect(replication.getByRole("button")).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => selection(page)).toContain("db");
  expect(await selection(page)).not.toContain("cache");
  await expect(page.getByTestId("highlight-status")).toContainText("Replicated database: highlighted in the drawing");
  const outlines = await page.evaluate(
    () =>
      window
        .scaleboardReport!.excalidrawAPI.getSceneElements()
        .filter((element) => element.customData?.scaleboardReportHighlight).length,
  );
  expect(outlines).toBe(1);

  // Findings are buttons: the keyboard reaches them too.
  await page.locator('[data-rule-id="cache-layer"] button').focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => selection(page)).toEqual(expect.arrayContaining(["web", "cache", "arrow-cache"]));

  // What the grader recognised, and the notes.
  const recognised = page.getByRole("region", { name: "Recognised components" });
  await expect(recognised).toContainText("Web server");
  await expect(recognised).toContainText("Redis cache");
  await expect(recognised).toContainText("MySQL");
  await expect(page.getByRole("region", { name: "Not recognised" })).toContainText(
    "Every labelled shape was recognised.",
  );
  await expect(page.getByRole("region", { name: "Your notes" })).toContainText(NOTES);
  await expect(page.getByRole("link", { name: "Practise again" })).toHaveAttribute("href", "/prompts/warm-up-cache");

  // Replay: the save that rode along with the submit is a revision; the slider ends at Final.
  const slider = page.getByRole("slider", { name: "Replay" });
  await expect(slider).toBeEnabled();
  await expect(page.getByTestId("replay-position")).toHaveText("Final drawing, as graded");
  await slider.focus();
  await page.keyboard.press("Home");
  await expect(page.getByTestId("replay-position")).toContainText("Revision 1 of 1");
  await expect.poll(() => selection(page)).toEqual([]);
  await page.getByRole("button", { name: "Final", exact: true }).click();
  await expect(page.getByTestId("replay-position")).toHaveText("Final drawing, as graded");

  // Markdown download: score, prompt, every finding with status, message and remediation, notes.
  const [markdown] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Markdown" }).click(),
  ]);
  expect(markdown.suggestedFilename()).toMatch(/^scaleboard-warm-up-cache-\d{4}-\d{2}-\d{2}\.md$/);
  const text = readFileSync(await markdown.path(), "utf8");
  expect(text).toContain(`# Scaleboard report: ${PROMPT_TITLE}`);
  expect(text).toContain("**Score: 67 / 100**");
  expect(text).toContain("### FAIL: Replicated database (`database-replication`)");
  expect(text).toContain('- **Result:** "MySQL" has no replica: one failure loses the data tier.');
  expect(text).toContain("- **How to fix:** Connect the primary database to at least one read replica");
  expect(text).toContain("### PASS: Cache in front of the data tier (`cache-layer`)");
  expect(text).toContain("| Database | MySQL | standalone | 1 |  |");
  expect(text).toContain(NOTES);

  // SVG export, rendered in the browser with the self-hosted fonts inlined.
  const [svg] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export the drawing as SVG" }).click(),
  ]);
  const svgText = readFileSync(await svg.path(), "utf8");
  expect(svgText.startsWith("<svg")).toBe(true);
  expect(svgText).toContain("MySQL");

  // History: the interview, the chart, the pass rates and what to practise next.
  await page.goto("/history");
  const row = page.getByTestId("history-table").getByRole("row").filter({ hasText: PROMPT_TITLE });
  await expect(row).toContainText("67");
  await expect(row.getByRole("link", { name: /Report/ })).toHaveAttribute("href", `/interviews/${id}/report`);
  await expect(page.getByRole("img", { name: /Score over time/ })).toBeVisible();
  await expect(page.getByTestId("score-chart").locator("circle")).toHaveCount(1);
  await expect(page.getByTestId("pass-rates")).toContainText("Replicated database");
  await expect(page.getByTestId("practise-next")).toContainText("Replicated database");
});

test("a report is its owner's only: others get 404, the signed-out get 401", async ({ page, browser, request }) => {
  await signUp(page, "Owen");
  const id = await gradedInterview(page);
  const markdown = await page.request.get(`/interviews/${id}/report/export.md`);
  expect(markdown.headers()["content-type"]).toContain("text/markdown");

  const signedOut = await request.get(`/interviews/${id}/report/export.md`);
  expect(signedOut.status()).toBe(401);

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUp(otherPage, "Olga");
  const refused = await otherPage.request.get(`/interviews/${id}/report/export.md`);
  expect(refused.status()).toBe(404);
  expect(await refused.json()).toMatchObject({ code: "not_found" });
  // The page streams behind a loading state, so its HTTP status is already sent; what the
  // other user sees is the not-found page, and nothing of the report.
  await otherPage.goto(`/interviews/${id}/report`);
  await expect(otherPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(otherPage.getByText(PROMPT_TITLE)).toHaveCount(0);

  // Their history starts empty, with the way to a first graded interview.
  await otherPage.goto("/history");
  await expect(otherPage.getByText("Nothing graded yet")).toBeVisible();
  await expect(otherPage.getByRole("link", { name: "Browse prompts" })).toHaveAttribute("href", "/prompts");
  await other.close();
});
