import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo";
import { demoReviewScene } from "@/lib/reviews/demo";
import { newAccount } from "./accounts";
import { englishLeft } from "./english-left";

// Issue 11 on the review screens: a mentor whose browser asks for Korean works the queue, the
// review workspace and the inbox in Korean, and the candidate's inbox words the mentor's
// actions in Korean too. Mentors' comments stay as written.

test.use({ locale: "ko-KR" });

const mentorAccount = DEMO_ACCOUNTS.find((account) => account.role === "mentor")!;

/** Signs up through the Korean sign-up page. */
async function signUpInKorean(page: Page, prefix: string) {
  const account = newAccount(prefix);
  await page.goto("/sign-up");
  await page.getByLabel("이름").fill(account.name);
  await page.getByLabel("이메일").fill(account.email);
  await page.getByLabel("비밀번호").fill(account.password);
  await page.getByRole("button", { name: "계정 만들기" }).click();
  await expect(page).toHaveURL(/\/dashboard/, { timeout: 60_000 });
  return account;
}

/** A graded interview through the HTTP API, with a review requested on it. */
async function reviewRequested(page: Page, note: string): Promise<string> {
  const started = await page.request.post("/api/interviews", { data: { promptSlug: "scale-to-millions" } });
  expect(started.status()).toBe(201);
  const { id } = (await started.json()) as { id: string };
  const submitted = await page.request.post(`/api/interviews/${id}/submit`, {
    data: { baseVersion: 0, scene: demoReviewScene(), notes: "Reads dominate." },
  });
  expect(submitted.status()).toBe(200);
  const requested = await page.request.post(`/api/interviews/${id}/review`, { data: { note } });
  expect(requested.ok()).toBe(true);
  return id;
}

test("a mentor works the queue, a review and the inbox in Korean", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const candidate = await signUpInKorean(page, "Cara");
  const note = "Is one database enough?";
  const id = await reviewRequested(page, note);

  const mentorContext = await browser.newContext({ locale: "ko-KR" });
  const mentor = await mentorContext.newPage();
  await mentor.goto("/sign-in");
  await mentor.getByLabel("이메일").fill(mentorAccount.email);
  await mentor.getByLabel("비밀번호").fill(mentorAccount.password);
  await mentor.getByRole("button", { name: "로그인", exact: true }).click();
  await expect(mentor).toHaveURL(/\/dashboard/, { timeout: 60_000 });

  // The queue: Korean title, filters, headers and states; the candidate's note stays as written.
  await mentor.goto("/mentor");
  await mentor.waitForLoadState("networkidle");
  await expect(mentor).toHaveTitle(/리뷰 대기열/);
  const main = mentor.getByRole("main");
  await expect(main.getByRole("heading", { name: "리뷰 대기열" })).toBeVisible();
  await expect(main.getByRole("columnheader", { name: "대기 시간" })).toBeVisible();
  const row = mentor.locator(`tr[data-interview-id="${id}"]`);
  await expect(row).toContainText(note);
  await expect(row).toContainText("요청됨");
  await expect(row).toContainText(/\d+분/);
  const names = await main.locator("tr[data-interview-id] td:nth-child(2)").allTextContents();
  const notes = await main.locator("tr[data-interview-id] td:first-child p").allTextContents();
  // Prompt titles (the test server adds its own drill prompt) are content, not interface words.
  const promptTitles = await main.locator('select[name="prompt"] option[value]:not([value=""])').allTextContents();
  expect(await englishLeft(main, [...names, ...promptTitles, ...notes.map((n) => n.replace(/^“|”$/g, ""))])).toEqual(
    [],
  );

  // Claimed from the queue, the workspace opens in Korean.
  await row.getByRole("button", { name: "맡기" }).click();
  await expect(mentor).toHaveURL(new RegExp(`/mentor/reviews/${id}`), { timeout: 30_000 });
  await expect(mentor.getByTestId("review-state")).toContainText("내가 맡은 리뷰입니다");
  await expect(mentor).toHaveTitle(/리뷰/);
  await expect(mentor.getByText(`${candidate.name} 님의 설계 리뷰`)).toBeVisible();
  const threads = mentor.locator("#threads").locator("..");
  await expect(mentor.getByRole("heading", { name: "코멘트", exact: true })).toBeVisible();
  await expect(mentor.getByText("아직 코멘트가 없습니다.")).toBeVisible();

  // A comment on the whole design; its body stays as the mentor wrote it.
  await mentor.waitForLoadState("networkidle");
  await mentor.getByLabel("설계 전체").check();
  await mentor
    .getByRole("textbox", { name: "코멘트" })
    .fill("Add a replica: one database is a single point of failure.");
  await mentor.getByRole("button", { name: "코멘트", exact: true }).click();
  await expect(mentor.getByTestId("thread")).toContainText("single point of failure");
  await expect(mentor.getByTestId("thread")).toContainText("멘토");
  await expect(mentor.getByText(/스레드 1개, 미해결 1개\./)).toBeVisible();

  const review = mentor.getByTestId("review-state");
  const verdicts = mentor.getByTestId("verdict-table");
  const ruleTitles = await verdicts.locator("[data-rule-id] > div > span:first-child").allTextContents();
  const options = await verdicts.locator("option").allTextContents();
  expect(await englishLeft(review, [candidate.name, note, mentorAccount.name])).toEqual([]);
  expect(
    await englishLeft(threads, [
      candidate.name,
      mentorAccount.name,
      ...ruleTitles,
      "Add a replica: one database is a single point of failure.",
    ]),
  ).toEqual([]);
  // The verdicts and the assessment: rule titles are the engine's words, checked elsewhere.
  expect(await englishLeft(mentor.locator("#verdicts-title").locator(".."), [...ruleTitles, ...options])).toEqual([]);
  expect(options.some((option) => /통과|실패|해당 없음/.test(option))).toBe(true);
  const assessment = mentor.locator("#assessment-title").locator("..");
  await expect(assessment).toContainText("상위 수준 설계");
  await expect(assessment.getByRole("button", { name: "리뷰 완료" })).toBeVisible();
  expect(await englishLeft(assessment)).toEqual([]);

  // Completing too early answers in Korean, not with the API's English message.
  await assessment.getByRole("button", { name: "리뷰 완료" }).click();
  await expect(assessment.getByRole("alert")).toContainText("리뷰가 아직 끝나지 않았습니다");

  // The candidate replies; the mentor's inbox says so in Korean.
  const threadId = await mentor.getByTestId("thread").getAttribute("data-thread-id");
  const replied = await page.request.post(`/api/interviews/${id}/comments`, {
    data: { body: "I will add a replica.", parentId: threadId },
  });
  expect(replied.status()).toBe(201);
  await mentor.goto("/inbox");
  await expect(mentor).toHaveTitle(/알림함/);
  const inbox = mentor.getByTestId("inbox");
  await expect(inbox).toContainText(`${candidate.name} 님이 “`);
  await expect(inbox).toContainText("코멘트를 남겼습니다");
  await expect(mentor.getByRole("main")).toContainText(/읽지 않은 알림 1개/);
  const prompts = await inbox.locator("a > span:first-child").allTextContents();
  expect(
    await englishLeft(mentor.getByRole("main"), [
      candidate.name,
      ...prompts.flatMap((p) => p.match(/“(.*)”/)?.[1] ?? []),
    ]),
  ).toEqual([]);
  await mentor.getByRole("button", { name: "모두 읽음으로 표시" }).click();
  await expect(mentor.getByRole("main")).toContainText("모두 읽었습니다.");

  // The candidate's inbox: the claim and the comment, worded in Korean from their kind.
  await page.goto("/inbox");
  const candidateInbox = page.getByTestId("inbox");
  await expect(candidateInbox).toContainText(`${mentorAccount.name} 님이 “`);
  await expect(candidateInbox).toContainText("리뷰를 맡았습니다");
  await expect(candidateInbox).toContainText("코멘트를 남겼습니다");
  await mentorContext.close();
});
