import { describe, expect, it } from "vitest";
import { durationParts, formatOffset, formatPercent } from "@/lib/reports/format";
import { highlightGroups } from "@/lib/reports/highlight";
import { durationText, reportTranslator } from "@/lib/reports/words";
import { WARM_UP_GRADE } from "./fixtures";

describe("highlightGroups", () => {
  it("outlines each named component once, with its label, and arrows on their own", () => {
    const finding = WARM_UP_GRADE.findings[0]!;
    expect(highlightGroups(finding.elementIds, WARM_UP_GRADE.components, WARM_UP_GRADE.zones)).toEqual([
      ["web", "web-text"],
      ["cache", "cache-text"],
      ["arrow-cache"],
    ]);
  });

  it("groups zone elements and keeps ids no component owns", () => {
    expect(highlightGroups(["z", "z-title", "stray"], [], [{ elementIds: ["z", "z-title"] }])).toEqual([
      ["z", "z-title"],
      ["stray"],
    ]);
    expect(highlightGroups([], WARM_UP_GRADE.components, [])).toEqual([]);
  });
});

describe("formatters", () => {
  it("formats durations, replay offsets and rates", () => {
    const en = reportTranslator("en");
    const ko = reportTranslator("ko");
    expect(durationParts(42_000)).toEqual({ unit: "s", hours: 0, minutes: 0, seconds: 42 });
    expect(durationText(en, 42_000)).toBe("42 s");
    expect(durationText(en, 210_000)).toBe("3 min 30 s");
    expect(durationText(en, 12 * 60_000)).toBe("12 min");
    expect(durationText(en, 60 * 60_000)).toBe("1 h");
    expect(durationText(en, 65 * 60_000)).toBe("1 h 5 min");
    expect(durationText(ko, 210_000)).toBe("3분 30초");
    expect(durationText(ko, 65 * 60_000)).toBe("1시간 5분");
    expect(formatOffset(185_000)).toBe("+3:05");
    expect(formatOffset(3_730_000)).toBe("+1:02:10");
    expect(formatPercent(2 / 3)).toBe("67%");
  });
});
