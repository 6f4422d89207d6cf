import { expect, test } from "@playwright/test";
import { signUp } from "./accounts";

// The route groups: signed-in pages answer a signed-out visitor with a real redirect, and
// each group's layout picks its frame (the whiteboard has no footer, the report has one).

test("signed-in pages redirect a signed-out visitor (307) to sign-in, coming back to the page", async ({ request }) => {
  for (const path of ["/dashboard", "/history", "/admin", "/interviews/abc123", "/interviews/abc123/report"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toBe(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  }
  // A query string comes back too.
  const withQuery = await request.get("/history?from=nav", { maxRedirects: 0 });
  expect(withQuery.headers().location).toBe(`/sign-in?callbackUrl=${encodeURIComponent("/history?from=nav")}`);
});

test("the whiteboard fills the screen without the footer; the report and public pages keep it", async ({ page }) => {
  await signUp(page, "Fay");
  const footer = page.getByRole("contentinfo");
  await expect(footer).toBeVisible();

  const started = await page.request.post("/api/interviews", { data: { promptSlug: "warm-up-cache" } });
  const { id } = (await started.json()) as { id: string };
  await page.goto(`/interviews/${id}`);
  await expect(page.getByRole("main")).toBeVisible();
  await expect(footer).toHaveCount(0);

  await page.request.post(`/api/interviews/${id}/submit`);
  await page.goto(`/interviews/${id}/report`);
  await expect(footer).toBeVisible();
  await page.goto("/prompts");
  await expect(footer).toBeVisible();
});
