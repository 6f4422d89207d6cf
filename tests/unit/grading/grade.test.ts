// gradeScene as a whole: the JSON of docs/grading.md §5, scoring, rubrics, limits and the
// refusals a person must be able to act on.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ENGINE_VERSION,
  gradeScene,
  InvalidRubricError,
  InvalidSceneError,
  MAX_ELEMENTS,
  RULE_IDS,
  RULE_META,
  describeGraph,
} from "@/lib/grading";
import { SceneBuilder } from "./scene-builder";
import { RESULT_KEYS } from "../../support/result-keys";

const KOREAN = readFileSync("tests/fixtures/drawings/korean.excalidraw", "utf8");

function refusal(input: unknown): InvalidSceneError {
  try {
    gradeScene(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidSceneError);
    return error as InvalidSceneError;
  }
  throw new Error("expected a refusal");
}

describe("the result", () => {
  it("is exactly the JSON of docs/grading.md §5, serialisable as is", () => {
    const result = gradeScene(KOREAN, undefined, { prompt: "scale-to-millions" });
    expect(Object.keys(result)).toEqual([...RESULT_KEYS]);
    expect(result.engineVersion).toBe(ENGINE_VERSION);
    expect(result.prompt).toBe("scale-to-millions");
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    for (const c of result.components)
      expect(Object.keys(c)).toEqual(["id", "kind", "label", "role", "replicas", "zone", "elementIds"]);
    for (const l of result.connections) expect(Object.keys(l)).toEqual(["from", "to", "label", "elementIds"]);
    for (const f of result.findings)
      expect(Object.keys(f)).toEqual(["ruleId", "status", "severity", "message", "elementIds"]);
  });

  it("describeGraph gives the same graph without findings", () => {
    const graph = describeGraph(KOREAN);
    const result = gradeScene(KOREAN);
    expect(graph.components).toEqual(result.components);
    expect(graph.connections).toEqual(result.connections);
    expect(graph.zones).toEqual(result.zones);
    expect(graph.unrecognised).toEqual(result.unrecognised);
    expect(graph).not.toHaveProperty("findings");
  });

  it("is deterministic", () => {
    expect(gradeScene(KOREAN)).toEqual(gradeScene(KOREAN));
  });

  it("every rule has its metadata", () => {
    for (const id of RULE_IDS) {
      const meta = RULE_META[id];
      expect(meta.id).toBe(id);
      for (const field of [meta.title, meta.checklist, meta.rationale, meta.remediation])
        expect(field.length).toBeGreaterThan(10);
      expect(["critical", "major", "minor"]).toContain(meta.severity);
      expect(meta.messages.pass).toBeTruthy();
    }
  });
});

describe("score", () => {
  it("weighs passed rules over applicable ones, in the rubric's order", () => {
    // korean.excalidraw fails multi-data-center, cdn-static-assets and data-sharding.
    const rubric = {
      rules: [
        { id: "cdn-static-assets" as const, weight: 3 },
        { id: "cache-layer" as const, weight: 1 },
        { id: "database-replication" as const, weight: 2 },
      ],
    };
    const result = gradeScene(KOREAN, rubric);
    expect(result.findings.map((f) => [f.ruleId, f.status])).toEqual([
      ["cdn-static-assets", "fail"],
      ["cache-layer", "pass"],
      ["database-replication", "pass"],
    ]);
    expect(result.score).toBe(50); // round(100 × 3 / 6)
  });

  it("leaves not_applicable rules out of the denominator", () => {
    const b = new SceneBuilder();
    b.box("u", "User");
    b.box("c", "Redis");
    const rubric = {
      rules: [
        { id: "load-balancer-redundancy" as const, weight: 5 },
        { id: "cache-layer" as const, weight: 1 },
      ],
    };
    const result = gradeScene(b.scene(), rubric);
    expect(result.findings.map((f) => f.status)).toEqual(["not_applicable", "fail"]);
    expect(result.score).toBe(0);
    const onlyNa = gradeScene(b.scene(), { rules: [{ id: "load-balancer-redundancy", weight: 1 }] });
    expect(onlyNa.score).toBe(0);
  });

  it("rounds to an integer", () => {
    const result = gradeScene(KOREAN, {
      rules: [
        { id: "cache-layer", weight: 2 },
        { id: "data-sharding", weight: 1 },
      ],
    });
    expect(result.score).toBe(67);
  });

  it("reports required kinds when the rubric lists them", () => {
    const result = gradeScene(KOREAN, { rules: [{ id: "cache-layer", weight: 1 }], requiredKinds: ["cache", "cdn"] });
    expect(result.requiredKinds).toEqual([
      { kind: "cache", present: true, elementIds: expect.arrayContaining([expect.any(String)]) },
      { kind: "cdn", present: false, elementIds: [] },
    ]);
  });

  it("refuses a malformed rubric", () => {
    expect(() => gradeScene(KOREAN, { rules: [{ id: "nope" as never, weight: 1 }] })).toThrow(InvalidRubricError);
    expect(() => gradeScene(KOREAN, { rules: [{ id: "cache-layer", weight: -1 }] })).toThrow(/weight/);
    expect(() =>
      gradeScene(KOREAN, {
        rules: [
          { id: "cache-layer", weight: 1 },
          { id: "cache-layer", weight: 1 },
        ],
      }),
    ).toThrow(/repeats/);
  });
});

describe("refusals say what is wrong", () => {
  it.each([
    ["text that is not JSON", "{oops", "not_json", /not valid JSON/],
    ["null", null, "not_a_scene", /The input is null/],
    ["a number", 7, "not_a_scene", /number 7/],
    ["an object without elements", { type: "excalidraw" }, "not_a_scene", /no "elements" array/],
    [
      "elements that are not an array",
      { elements: { a: 1 } },
      "not_a_scene",
      /"elements" is an object; it must be an array/,
    ],
    [
      "an element that is not an object",
      { elements: [3] },
      "invalid_element",
      /elements\[0\] is number 3; every element must be an object/,
    ],
    [
      "an element without id",
      { elements: [{ type: "rectangle", x: 0, y: 0 }] },
      "invalid_element",
      /elements\[0\]\.id must be a string, got nothing/,
    ],
    [
      "a coordinate given as text",
      { elements: [{ id: "r1", type: "rectangle", x: "10", y: 0 }] },
      "invalid_element",
      /elements\[0\] \(id "r1"\)\.x must be a number, got the string "10"/,
    ],
    [
      "a huge coordinate",
      { elements: [{ id: "r1", type: "rectangle", x: 1e300, y: 0 }] },
      "invalid_element",
      /\.x must be within/,
    ],
    [
      "groupIds that are not a list",
      { elements: [{ id: "r1", type: "rectangle", x: 0, y: 0, groupIds: "g" }] },
      "invalid_element",
      /groupIds must be an array, got the string "g"/,
    ],
  ])("%s", (_name, input, reason, message) => {
    const error = refusal(input);
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(message);
  });

  it("ignores deleted elements even when malformed", () => {
    expect(gradeScene({ elements: [{ id: "x", isDeleted: true }] }).components).toEqual([]);
  });

  it(`refuses more than ${MAX_ELEMENTS} elements, accepts exactly that many`, () => {
    const element = (i: number) => ({ id: `e${i}`, type: "rectangle", x: i * 10, y: 0, width: 5, height: 5 });
    const many = Array.from({ length: MAX_ELEMENTS + 1 }, (_, i) => element(i));
    const error = refusal({ elements: many });
    expect(error.reason).toBe("too_many_elements");
    expect(error.message).toMatch(/20001 elements; at most 20000/);
    expect(gradeScene({ elements: many.slice(0, MAX_ELEMENTS) }).findings).toHaveLength(12);
  });

  it("refuses scene text over 10 MB before parsing it", () => {
    const error = refusal(`{"elements":[],"pad":"${"x".repeat(10_000_000)}"}`);
    expect(error.reason).toBe("too_large");
    expect(error.message).toMatch(/larger than 10 MB/);
    expect(refusal(new TextEncoder().encode(`{"pad":"${"é".repeat(5_000_001)}"}`)).reason).toBe("too_large");
  });
});
