import { describe, expect, it } from "vitest";
import {
  clockOffset,
  clockParts,
  formatClock,
  offsetFromRoundTrip,
  thresholdAnnouncement,
  urgencyOf,
} from "@/lib/interviews/client/clock";
import { ServerClock } from "@/lib/interviews/client/server-clock";

describe("clock", () => {
  it("measures the browser's skew from the server's time", () => {
    expect(clockOffset(10_000, 7_000)).toBe(3_000);
    expect(clockOffset(7_000, 10_000)).toBe(-3_000);
  });

  it("takes the middle of a round trip as the moment the server stamped", () => {
    expect(offsetFromRoundTrip(1_000_500, 1_000, 2_000)).toEqual({ offset: 999_000, error: 500 });
  });

  it("formats time left as mm:ss, h:mm:ss from an hour, rounding up", () => {
    expect(formatClock(45 * 60_000)).toBe("45:00");
    expect(formatClock(61_000)).toBe("01:01");
    expect(formatClock(500)).toBe("00:01");
    expect(formatClock(0)).toBe("00:00");
    expect(formatClock(-5_000)).toBe("00:00");
    expect(formatClock(90 * 60_000 + 5_000)).toBe("1:30:05");
  });

  it("splits time left into minutes and seconds for screen readers, rounding up like the clock", () => {
    expect(clockParts(125_000)).toEqual({ minutes: 2, seconds: 5 });
    expect(clockParts(60_000)).toEqual({ minutes: 1, seconds: 0 });
    expect(clockParts(500)).toEqual({ minutes: 0, seconds: 1 });
    expect(clockParts(0)).toBeNull();
  });

  it("warns at 5 minutes and 1 minute", () => {
    expect(urgencyOf(5 * 60_000 + 1)).toBe("normal");
    expect(urgencyOf(5 * 60_000)).toBe("warning");
    expect(urgencyOf(60_000)).toBe("critical");
    expect(urgencyOf(0)).toBe("over");
  });

  it("announces only when a threshold is crossed towards the end", () => {
    expect(thresholdAnnouncement("normal", "normal")).toBeNull();
    expect(thresholdAnnouncement("normal", "warning")).toBe("warning");
    expect(thresholdAnnouncement("warning", "critical")).toBe("critical");
    expect(thresholdAnnouncement("normal", "over")).toBe("over");
    // A corrected clock that moves back does not announce anything.
    expect(thresholdAnnouncement("critical", "warning")).toBeNull();
  });
});

describe("ServerClock", () => {
  it("runs on the server's time and keeps the most precise offset", () => {
    const clock = new ServerClock(50_000, 10_000, 2_000);
    const now = Date.now();
    expect(clock.now() - now).toBeGreaterThanOrEqual(39_990);
    expect(clock.now() - now).toBeLessThanOrEqual(40_010);

    // A sample with a 100 ms half round trip beats the page estimate …
    clock.refine(1_000_000, 5_000, 5_200);
    expect(clock.now() - Date.now()).toBeCloseTo(994_900, -2);
    // … and a sloppier one later does not replace it.
    clock.refine(2_000_000, 5_000, 9_000);
    expect(clock.now() - Date.now()).toBeCloseTo(994_900, -2);
  });
});
