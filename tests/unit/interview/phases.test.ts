import { describe, expect, it } from "vitest";
import { currentPhase, PHASES, phaseSchedule } from "@/lib/interviews/client/phases";

describe("phases", () => {
  it("shares add up to the whole interview", () => {
    expect(PHASES.reduce((sum, phase) => sum + phase.share, 0)).toBeCloseTo(1);
  });

  it("schedules 10/10/40/30/10 % of the duration, ending at the deadline", () => {
    const schedule = phaseSchedule(45 * 60_000);
    expect(schedule.map((phase) => [phase.id, phase.startMs / 60_000, phase.endMs / 60_000])).toEqual([
      ["requirements", 0, 4.5],
      ["estimation", 4.5, 9],
      ["high_level", 9, 27],
      ["deep_dive", 27, 40.5],
      ["wrap_up", 40.5, 45],
    ]);
  });

  it("says where the candidate should be now", () => {
    const duration = 60 * 60_000;
    expect(currentPhase(0, duration).phase.id).toBe("requirements");
    expect(currentPhase(7 * 60_000, duration).phase.id).toBe("estimation");
    const high = currentPhase(22 * 60_000, duration);
    expect(high.phase.id).toBe("high_level");
    expect(high.progress).toBeCloseTo(10 / 24); // 12–36 min, at 22
    expect(high.overall).toBeCloseTo(22 / 60);
    expect(currentPhase(50 * 60_000, duration).phase.id).toBe("deep_dive");
    expect(currentPhase(59 * 60_000, duration).phase.id).toBe("wrap_up");
  });

  it("clamps before the start and after the deadline", () => {
    const duration = 10 * 60_000;
    expect(currentPhase(-5_000, duration)).toMatchObject({ index: 0, progress: 0, overall: 0 });
    expect(currentPhase(duration + 60_000, duration)).toMatchObject({ index: 4, progress: 1, overall: 1 });
  });
});
