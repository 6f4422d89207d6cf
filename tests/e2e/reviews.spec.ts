import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo";
import { demoReviewScene } from "@/lib/reviews/demo";
import { signUp } from "./accounts";

// The mentor's journey and the candidate's side of it, in two browser contexts. With
// DATABASE_URL the mentor is served by the second app instance, so the live thread crosses
// instances through the database.
const mentorBase = process.env.DATABASE_URL
  ? `http://127.0.0.1:${process.env.E2E_SECOND_PORT}`
  : `http://127.0.0.1:${process.env.E2E_PORT}`;
const mentorAccount = DEMO_ACCOUNTS.find((account) => account.role === "mentor")!;

async function gradedInterview(page: Page): Promise<string> {
  const started = await page.request.post("/api/interviews", { data: { promptSlug: "scale-to-millions" } });
  expect(started.status()).toBe(201);
  const { id } = (await started.json()) as { id: string };
  const submitted = await page.request.post(`/api/interviews/${id}/submit`, {
    data: { baseVersion: 0, scene: demoReviewScene(), notes: "Reads dominate." },
  });
  expect(submitted.status()).toBe(200);
  return id;
}

/** Clicks the centre of a drawing's element through the review's pick layer. */
async function pickElement(page: Page, elementId: string) {
  await page.getByTestId("pick-layer").scrollIntoViewIfNeeded();
  const point = await page.evaluate((id) => {
    const api = window.scaleboardReport!.excalidrawAPI;
    const element = api.getSceneElements().find((e) => e.id === id)!;
    const { scrollX, scrollY, zoom } = api.getAppState();
    const layer = document.querySelector('[data-testid="pick-layer"]')!.getBoundingClientRect();
    return {
      x: layer.left + (element.x + element.width / 2 + scrollX) * zoom.value,
      y: layer.top + (element.y + element.height / 2 + scrollY) * zoom.value,
    };
  }, elementId);
  await page.mouse.click(point.x, point.y);
}

test("a mentor claims, pins a comment, overrides a verdict and completes; the candidate follows live", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await signUp(page, "Cara");
  const id = await gradedInterview(page);

  // The candidate asks for a review.
  await page.goto(`/interviews/${id}/report`);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("What do you want feedback on? (optional)").fill("Is one database enough?");
  await page.getByRole("button", { name: "Ask a mentor for a review" }).click();
  await expect(page.getByTestId("review-state")).toContainText("Requested");
  await page.waitForFunction(() => Boolean(window.scaleboardReport?.excalidrawAPI));

  // The mentor, in a browser of their own, claims it from the queue.
  const mentorContext = await browser.newContext({ baseURL: mentorBase });
  const mentor = await mentorContext.newPage();
  await mentor.goto("/sign-in");
  await mentor.getByLabel("Email").fill(mentorAccount.email);
  await mentor.getByLabel("Password").fill(mentorAccount.password);
  await mentor.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(mentor).toHaveURL(/\/dashboard/, { timeout: 30_000 });
  await mentor.goto("/mentor");
  // The claim button is a client component: wait for the page to be hydrated before clicking.
  await mentor.waitForLoadState("networkidle");
  const row = mentor.locator(`tr[data-interview-id="${id}"]`);
  await expect(row).toContainText("Is one database enough?");
  await row.getByRole("button", { name: "Claim" }).click();
  await expect(mentor).toHaveURL(new RegExp(`/mentor/reviews/${id}`));
  await expect(mentor.getByTestId("review-state")).toContainText("You hold this review");

  // A comment pinned on the database.
  await mentor.waitForFunction(() => Boolean(window.scaleboardReport?.excalidrawAPI));
  await mentor.getByRole("button", { name: "Pick on the drawing" }).click();
  await pickElement(mentor, "demo-db");
  await expect(mentor.getByTestId("picked-elements")).toHaveText("PostgreSQL");
  await mentor.getByPlaceholder("Comment", { exact: true }).fill("One **PostgreSQL** is a single point of failure.");
  await mentor.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(mentor.getByTestId("thread")).toContainText("single point of failure");
  const posted = Date.now();

  // The candidate sees the pin appear without a reload.
  const pin = page.locator('[data-testid="review-pin"][data-element-id="demo-db"]');
  await expect(pin).toBeVisible({ timeout: 5_000 });
  console.log(`[live] the pin showed on the candidate's page ${Date.now() - posted} ms after the comment was posted`);

  // A verdict overridden, with its reason.
  const failing = mentor
    .getByTestId("verdict-table")
    .locator("li")
    .filter({ has: mentor.getByText("Fail", { exact: true }) })
    .first();
  await failing.getByTestId("verdict-select").selectOption("pass");
  await failing.getByPlaceholder("Why? (required)").fill("Covered in the notes.");
  await failing.getByRole("button", { name: "Save" }).click();
  // The adjusted score now differs from the engine's.
  await expect(mentor.getByTestId("adjusted-score-draft")).toHaveText(/Adjusted score: (\d+) \(engine (?!\1\))\d+\)/);

  // The candidate opens the pin's thread and replies.
  await pin.click();
  const thread = page.getByTestId("thread");
  await expect(thread).toContainText("single point of failure");
  await thread.getByPlaceholder("Reply").fill("I will add a replica.");
  await thread.getByRole("button", { name: "Reply" }).click();
  await expect(thread).toContainText("I will add a replica.");
  const replied = Date.now();
  await expect(mentor.getByTestId("thread")).toContainText("I will add a replica.", { timeout: 5_000 });
  console.log(`[live] the reply showed on the mentor's page ${Date.now() - replied} ms after it was posted`);

  // The mentor scores the signals and completes the review.
  for (const signal of ["requirements", "high_level_design", "deep_dive", "trade_offs", "communication"]) {
    await mentor.locator(`fieldset[data-signal="${signal}"]`).getByLabel("3 · Good").check();
  }
  await mentor.getByLabel("Recommendation").selectOption("hire");
  await mentor.getByLabel("Summary for the candidate").fill("A sound start; make the data tier redundant.");
  await mentor.getByRole("button", { name: "Complete review" }).click();
  // Published: the form gives way to what the candidate now sees.
  await expect(mentor.getByTestId("review-state")).toContainText("Done");
  await expect(mentor.getByTestId("review-outcome")).toBeVisible();

  // The candidate sees the adjusted score beside the engine's, the signals and the summary.
  await page.reload();
  await expect(page.getByTestId("review-state")).toContainText("Done");
  await expect(page.getByTestId("adjusted-score")).toBeVisible();
  await expect(page.getByTestId("recommendation")).toHaveText("Hire");
  await expect(page.getByTestId("signals")).toContainText("3/4 · Good");
  await expect(page.getByText("A sound start; make the data tier redundant.")).toBeVisible();
  await expect(page.getByTestId("mentor-score")).toBeVisible();
  await mentorContext.close();
});
