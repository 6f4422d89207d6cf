import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { feedbackGrounding } from "@/lib/coach/feedback";
import { loadOwnInterview } from "@/lib/interviews/access";
import { listInterviewsForUser } from "@/lib/interviews/queries";
import { EMPTY_SCENE } from "@/lib/interviews/scene";
import { startInterview } from "@/lib/interviews/start";
import { submitInterview } from "@/lib/interviews/submit";
import { interviewView } from "@/lib/interviews/view";
import { PROMPT_CATALOG } from "@/lib/prompts/catalog";
import {
  getFirstPrompt,
  getPromptBySlug,
  listPracticePrompts,
  listPrompts,
  listPromptTopicLabels,
} from "@/lib/prompts/queries";
import { seedPromptCatalog } from "@/lib/prompts/seed";
import { loadHistory, loadReport } from "@/lib/reports/load";
import { openTestDatabase, uniqueEmail } from "./helpers";

let database: OpenDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
  await seedPromptCatalog(database.db);
});
afterAll(async () => {
  await database.close();
});

const first = PROMPT_CATALOG[0]!;
const firstKo = first.translations!.ko!;

describe("prompt queries in the reader's language", () => {
  it("answers the prompt page in Korean for ko, and in English by default", async () => {
    const ko = await getPromptBySlug(database.db, first.slug, "ko");
    expect(ko).toMatchObject({
      slug: first.slug,
      title: firstKo.title,
      summary: firstKo.summary,
      brief: firstKo.brief,
      requirements: firstKo.requirements,
      scale: firstKo.scale,
      topics: first.topics,
      topicLabels: firstKo.topics,
      rubric: first.rubric,
    });
    const en = await getPromptBySlug(database.db, first.slug);
    expect(en).toMatchObject({ title: first.title, brief: first.brief, scale: first.scale, topicLabels: {} });
    expect(en).not.toHaveProperty("translations");
  });

  it("lists the catalog in Korean, in the same order, filters still by topic slug", async () => {
    const ko = await listPrompts(database.db, {}, "ko");
    expect(ko.map((prompt) => prompt.slug)).toEqual(PROMPT_CATALOG.map((prompt) => prompt.slug));
    expect(ko.map((prompt) => prompt.title)).toEqual(PROMPT_CATALOG.map((prompt) => prompt.translations!.ko!.title));
    const caching = await listPrompts(database.db, { topic: "caching" }, "ko");
    expect(caching.length).toBeGreaterThan(0);
    for (const prompt of caching) expect(prompt.topicLabels.caching).toBe("캐싱");
    expect((await getFirstPrompt(database.db, "ko"))?.title).toBe(firstKo.title);
    expect((await listPracticePrompts(database.db, "ko"))[0]).toMatchObject({ slug: first.slug, title: firstKo.title });
  });

  it("names every topic of the catalog's filter in Korean, and none in English", async () => {
    const labels = await listPromptTopicLabels(database.db, "ko");
    const topics = new Set(PROMPT_CATALOG.flatMap((prompt) => prompt.topics));
    expect(Object.keys(labels).sort()).toEqual([...topics].sort());
    expect(labels["load-balancing"]).toBe("로드 밸런싱");
    expect(await listPromptTopicLabels(database.db, "en")).toEqual({});
  });

  it("gives the interview page and the dashboard the prompt in Korean", async () => {
    const user = await database.db.user.create({ data: { email: uniqueEmail("min"), name: "Min", locale: "ko" } });
    const { id } = await startInterview(database.db, user.id, first.slug);
    const view = interviewView(await loadOwnInterview(database.db, user.id, id), "ko");
    expect(view.prompt).toMatchObject({
      title: firstKo.title,
      brief: firstKo.brief,
      requirements: firstKo.requirements,
      scale: firstKo.scale,
    });
    const { inProgress } = await listInterviewsForUser(database.db, user.id, "ko");
    expect(inProgress.map((interview) => interview.promptTitle)).toEqual([firstKo.title]);
  });

  it("gives the report, the history and the coach's grounding the prompt in Korean", async () => {
    const user = await database.db.user.create({ data: { email: uniqueEmail("ji"), name: "Ji", locale: "ko" } });
    const { id } = await startInterview(database.db, user.id, first.slug);
    await submitInterview(database.db, user.id, id, { baseVersion: 0, scene: EMPTY_SCENE, notes: "" });
    const loaded = await loadReport(database.db, user.id, id, "ko");
    expect(loaded.kind === "report" && loaded.report.prompt.title).toBe(firstKo.title);
    const history = await loadHistory(database.db, user.id, "ko");
    expect(history.entries.map((entry) => entry.promptTitle)).toEqual([firstKo.title]);
    const grounding = JSON.stringify(await feedbackGrounding(database.db, user.id, id, "ko"));
    expect(grounding).toContain(firstKo.title);
    expect(grounding).toContain(firstKo.requirements.functional[0]);
    expect(grounding).not.toContain(first.title);
    expect(JSON.stringify(await feedbackGrounding(database.db, user.id, id))).toContain(first.title);
  });

  it("shows an untranslated prompt in English to a Korean reader", async () => {
    await database.db.prompt.update({ where: { slug: "url-shortener" }, data: { translations: Prisma.DbNull } });
    try {
      const prompt = await getPromptBySlug(database.db, "url-shortener", "ko");
      expect(prompt?.title).toBe("Design a URL shortener");
      expect(prompt?.topicLabels).toEqual({});
    } finally {
      await seedPromptCatalog(database.db);
    }
  });
});

describe("the seed and translations", () => {
  it("gives a database seeded before translations existed its Korean text", async () => {
    // An existing dev database: every row as the previous catalog wrote it, with no Korean.
    await database.db.prompt.updateMany({ where: { authorId: null }, data: { translations: Prisma.DbNull } });
    expect((await getPromptBySlug(database.db, first.slug, "ko"))?.title).toBe(first.title);

    const report = await seedPromptCatalog(database.db);
    expect(report.updated.sort()).toEqual(PROMPT_CATALOG.map((prompt) => prompt.slug).sort());
    expect((await getPromptBySlug(database.db, first.slug, "ko"))?.title).toBe(firstKo.title);
    expect((await seedPromptCatalog(database.db)).updated).toEqual([]);
  });
});
