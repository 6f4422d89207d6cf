import { describe, expect, it } from "vitest";
import { isWhiteboardPath } from "@/components/nav/types";

describe("isWhiteboardPath", () => {
  it("is the interview's board only", () => {
    expect(isWhiteboardPath("/interviews/abc123")).toBe(true);
    expect(isWhiteboardPath("/interviews/abc123/")).toBe(true);
  });

  it("is not the report, the other pages or the interviews API", () => {
    expect(isWhiteboardPath("/interviews/abc123/report")).toBe(false);
    expect(isWhiteboardPath("/interviews")).toBe(false);
    expect(isWhiteboardPath("/dashboard")).toBe(false);
    expect(isWhiteboardPath("/")).toBe(false);
    expect(isWhiteboardPath("/api/interviews/abc123")).toBe(false);
  });
});
