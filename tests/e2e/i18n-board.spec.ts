import { readFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { languageInstruction } from "../../lib/coach/prompts";
import { newAccount } from "./accounts";
import { drawSkeletons, expectSavedAfter, savedVersion, waitForBoard } from "./whiteboard";

// A Korean reader (the browser asks for ko-KR) practises the seeds' exercise: the whiteboard,
// Excalidraw's own menus, the grader view, the interviewer and the report speak Korean, the
// engine's rule titles and findings come in Korean, the coach is told to answer in Korean, and
// the Markdown export is Korean. The prompt's own text (title, brief) is the catalogue's, not
// these screens', and is left out of the checks.

test.use({ locale: "ko-KR" });

const modelURL = `http://127.0.0.1:${process.env.E2E_MODEL_PORT}`;

/** Runs of three or more Latin words in a row: an English sentence left on a Korean screen. */
function englishRuns(text: string): string[] {
  return text.match(/[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){2,}/g) ?? [];
}

async function expectNoEnglish(locator: Locator) {
  await expect(locator).toBeVisible();
  expect(englishRuns(await locator.innerText())).toEqual([]);
}

/** Signs up through the form's fields by name: the sign-up page's words are another screen's. */
async function signUpByFields(page: Page) {
  const account = newAccount("Minji");
  await page.goto("/sign-up");
  await page.locator('input[name="name"]').fill(account.name);
  await page.locator('input[name="email"]').fill(account.email);
  await page.locator('input[name="password"]').fill(account.password);
  await page.locator('main form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/dashboard/, { timeout: 30_000 });
}

interface Received {
  body: { messages: { role: string; content: string }[]; response_format?: { json_schema?: { name: string } } };
}

/** What the loopback model server received for requests carrying `marker`. */
async function received(page: Page, marker: string): Promise<Received[]> {
  const response = await page.request.get(`${modelURL}/__requests`);
  const all = (await response.json()) as Received[];
  return all.filter((request) => request.body.messages.some((message) => message.content.includes(marker)));
}

const system = (request: Received) =>
  request.body.messages
    .filter((message) => message.role === "system")
    .map((message) => message.content)
    .join("\n");

const box = (id: string, x: number, y: number, text: string) => ({
  type: "rectangle",
  id,
  x,
  y,
  width: 180,
  height: 80,
  label: { text },
});
const arrow = (id: string, from: string, to: string, x: number) => ({
  type: "arrow",
  id,
  x,
  y: 40,
  width: 110,
  height: 0,
  start: { id: from },
  end: { id: to },
});

test("a Korean reader practises the seeds' exercise on a Korean whiteboard and reads a Korean report and export", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signUpByFields(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");

  // The seeds' own exercise, started as the prompt page's form starts it.
  const started = await page.request.post("/api/interviews", { data: { promptSlug: "scale-to-millions" } });
  expect(started.status()).toBe(201);
  const { id } = (await started.json()) as { id: string };
  await page.goto(`/interviews/${id}`);
  await waitForBoard(page);

  // The bar, the panel's tabs, the phase and the clock.
  await expect(page.getByText("모의 면접", { exact: true })).toBeVisible();
  for (const tab of ["문제", "채점기 보기", "면접관", "메모"])
    await expect(page.getByRole("tab", { name: tab })).toBeVisible();
  await expect(page.getByRole("meter", { name: "면접 진행 상황" })).toHaveAttribute(
    "aria-valuetext",
    "권장 단계: 요구사항 정리",
  );
  await expect(page.getByRole("button", { name: "제출", exact: true })).toBeVisible();
  await expect(page.getByTestId("time-left")).toHaveAttribute("aria-label", /^\d+분 (\d+초 )?남음$/);
  await expect(page.getByRole("tabpanel", { name: "문제" })).toContainText("권장 진행 순서 · 45분");

  // Excalidraw's own menus speak Korean too (its langCode).
  await page.getByTestId("main-menu-trigger").click();
  await expect(page.getByTestId("clear-canvas-button")).toHaveText(/캔버스 초기화/);
  await page.keyboard.press("Escape");

  // Draw: users → load balancer → three web servers → cache and database, labelled in Korean.
  const before = await savedVersion(page);
  await drawSkeletons(page, [
    box("user", 0, 0, "사용자"),
    box("lb", 300, 0, "로드밸런서"),
    box("web", 600, 0, "웹 서버 x3"),
    box("cache", 900, 0, "레디스 캐시"),
    box("db", 600, 240, "MySQL"),
    arrow("a1", "user", "lb", 185),
    arrow("a2", "lb", "web", 485),
    arrow("a3", "web", "cache", 785),
    // The database below the web servers.
    { type: "arrow", id: "a4", x: 690, y: 85, width: 0, height: 150, start: { id: "web" }, end: { id: "db" } },
  ]);
  await expectSavedAfter(page, before);
  await expect(page.getByTestId("save-status")).toHaveText(/\d{2}:\d{2}:\d{2}에 저장됨/);

  // The grader view: kinds by their Korean names, how each was read, and not one English sentence.
  await page.getByRole("tab", { name: "채점기 보기" }).click();
  const grader = page.getByRole("tabpanel", { name: "채점기 보기" });
  await expect(grader.getByRole("button", { name: "보드에서 로드밸런서 구성 요소 모두 선택" })).toBeVisible();
  await expect(grader.getByRole("button", { name: "보드에서 데이터베이스 구성 요소 모두 선택" })).toBeVisible();
  await expect(grader.getByTestId("grader-counts")).toHaveText("구성 요소 5개 · 연결 4개 · 영역 0개");
  await expect(grader.getByTestId("reading").first()).toHaveText("이름에서 읽음.");
  await expect(grader.getByRole("button", { name: /^종류 지정… \(“MySQL”이\(가\) 무엇인지/ })).toBeVisible();
  await expectNoEnglish(grader);

  // The interviewer: questions in Korean, and a chat the model is told to answer in Korean.
  await page.getByRole("tab", { name: "면접관" }).click();
  const interviewer = page.getByRole("tabpanel", { name: "면접관" });
  await expect(interviewer.getByTestId("probe").first()).toContainText("어떤 기능이 범위에 들어가고");
  const marker = `트래픽은 얼마나 되나요? (${id.slice(-6)})`;
  await interviewer.getByLabel("면접관에게 보낼 메시지").fill(marker);
  await interviewer.getByRole("button", { name: "보내기" }).click();
  await expect(interviewer.getByTestId("chat-message").last()).toHaveText(/^면접관: .*[가-힣]/);
  const [chat] = await received(page, marker);
  expect(system(chat!)).toContain(languageInstruction("ko", "chat"));
  await expectNoEnglish(interviewer.getByTestId("probe").first());

  // Notes, with a mark that finds this test's requests on the shared model server.
  const notesMark = `메모 ${id.slice(-6)}`;
  await page.getByRole("tab", { name: "메모" }).click();
  await page.getByLabel("면접 메모").fill(notesMark);

  // Submit through the Korean dialog.
  await page.getByRole("button", { name: "제출", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "설계를 제출할까요?" });
  await expect(dialog).toContainText("구성 요소");
  await dialog.getByRole("button", { name: "채점받기" }).click();
  await page.waitForURL(new RegExp(`/interviews/${id}/report$`), { timeout: 60_000 });

  // The report: the engine's Korean rule titles and findings, the same verdicts and score.
  await expect(page.getByText("면접 결과 보고서")).toBeVisible();
  await expect(page.getByTestId("report-score")).toHaveText("18");
  await expect(page.getByTestId("finding-summary")).toContainText("실패 10개");
  await expect(page.getByTestId("finding-summary")).toContainText("통과 2개");
  const findings = page.getByRole("region", { name: "채점 결과", exact: true });
  const replication = findings.locator('[data-rule-id="database-replication"]');
  await expect(replication).toContainText("복제된 데이터베이스");
  await expect(replication).toContainText("실패");
  await expect(replication).toContainText('"MySQL"에 복제본이 없습니다');
  await expect(replication).toContainText("고치는 방법.");
  await expect(findings.locator('[data-rule-id="redundant-web-tier"]')).toContainText(
    '"로드밸런서"가 웹 서버 인스턴스 3대("웹 서버 x3")에 트래픽을 나눕니다.',
  );
  await expectNoEnglish(findings);
  await expectNoEnglish(page.getByRole("region", { name: "인식된 구성 요소", exact: true }));
  await expectNoEnglish(page.getByRole("region", { name: "인식되지 않음", exact: true }));

  await page.waitForFunction(() => Boolean(window.scaleboardReport?.excalidrawAPI));
  await replication.getByRole("button").first().click();
  await expect(page.getByTestId("highlight-status")).toHaveText("복제된 데이터베이스: 그림에 표시했습니다.");

  // The coach writes its feedback in Korean, told so in its instructions.
  const coach = page.getByRole("region", { name: "코치의 피드백", exact: true });
  await coach.getByRole("button", { name: "코치의 피드백 받기" }).click();
  await expect(coach).toContainText("출발이 좋습니다", { timeout: 30_000 });
  await expect(coach.getByRole("button", { name: "다시 생성" })).toBeVisible();
  const [feedback] = (await received(page, notesMark)).filter(
    (request) => request.body.response_format?.json_schema?.name === "coach_feedback",
  );
  expect(system(feedback!)).toContain(languageInstruction("ko", "feedback"));

  // The Markdown export, in the report's language.
  const title = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Markdown" }).click(),
  ]);
  const markdown = readFileSync(await download.path(), "utf8");
  expect(markdown).toContain("# Scaleboard 결과 보고서:");
  expect(markdown).toContain("**점수: 18 / 100**");
  expect(markdown).toContain("### 실패: 복제된 데이터베이스 (`database-replication`)");
  expect(markdown).toContain('- **결과:** "MySQL"에 복제본이 없습니다');
  expect(markdown).toContain("| 데이터베이스 | MySQL | 단독 | 1 |  |");
  // Every line but those quoting the prompt's own title is free of English sentences.
  const ours = markdown
    .split("\n")
    .filter((line) => !line.includes(title))
    .join("\n");
  expect(englishRuns(ours)).toEqual([]);
});
