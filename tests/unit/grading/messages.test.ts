// Lists of components in a message: joined by the locale's list pattern (read once off
// Intl.ListFormat) must read exactly as Intl.ListFormat writes them, in every locale, including
// those whose joining word depends on the next word (Spanish "y"/"e", Hebrew "ו"/"ו-").
import { describe, expect, it } from "vitest";
import { dataWords, ENGLISH, joinsByPattern, type MessageLocale } from "@/lib/grading/messages";
import { messageLocale } from "@/lib/grading/locales";

const WORDS = [
  "Web server",
  "i",
  "hi",
  "y",
  "o",
  "ho",
  "8",
  "11",
  "ו",
  "A B",
  "데이터베이스",
  "א",
  "{0}",
  "'",
  "a, b",
  " and ",
];

/** Labels of every length up to eight, drawn from WORDS in a fixed order. */
const LISTS = Array.from({ length: 9 }, (_, n) =>
  Array.from({ length: 40 }, (_, s) =>
    Array.from({ length: n }, (_, k) => WORDS[(s * 7 + k * 13 + n) % WORDS.length]!),
  ),
).flat();

describe("a list of components in a message", () => {
  it.each([
    ["English", ENGLISH],
    ["Korean", messageLocale("ko")],
    ["Spanish", { ...ENGLISH, tag: "es" }],
    ["Hebrew", { ...ENGLISH, tag: "he" }],
    ["German", { ...ENGLISH, tag: "de" }],
  ] as [string, MessageLocale][])("reads as Intl.ListFormat joins it (%s)", (_, locale) => {
    const list = new Intl.ListFormat(locale.tag, { style: "long", type: "conjunction" });
    for (const labels of LISTS) {
      const mentions = labels.map((label) => ({ label, kind: "database" as const }));
      const each = labels.map((label) => dataWords({ one: [{ label, kind: "database" }] }, locale).one as string);
      expect(dataWords({ all: mentions }, locale).all, JSON.stringify(labels)).toBe(list.format(each));
    }
  });

  it("is joined by pattern in the engine's languages, and by Intl.ListFormat where the words decide", () => {
    expect(joinsByPattern(ENGLISH.tag)).toBe(true);
    expect(joinsByPattern(messageLocale("ko").tag)).toBe(true);
    expect(joinsByPattern("es")).toBe(false);
    expect(joinsByPattern("he")).toBe(false);
  });
});
