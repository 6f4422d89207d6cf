import { describe, expect, it } from "vitest";
import { phaseProbes, probeForFinding, probesFor, PHASE_QUESTIONS } from "@/lib/coach/probes";
import { gradeScene, RULE_IDS, type ComponentJson, type FindingJson, type RuleId } from "@/lib/grading";
import { PHASES } from "@/lib/interviews/client/phases";
import { SceneBuilder } from "../grading/scene-builder";

const mysql: ComponentJson = {
  id: "c1",
  kind: "database",
  label: "MySQL primary",
  role: "primary",
  replicas: 1,
  zone: null,
  elementIds: ["db", "db-text"],
};
const unlabelledWeb: ComponentJson = {
  ...mysql,
  id: "c2",
  kind: "web_server",
  label: "",
  role: null,
  elementIds: ["w"],
};

function failing(ruleId: RuleId, elementIds: string[] = [], severity: FindingJson["severity"] = "major"): FindingJson {
  return { ruleId, status: "fail", severity, message: "", elementIds };
}

describe("probes per rule", () => {
  it.each(RULE_IDS.map((id) => [id]))("%s asks about the component it points at, in English and Korean", (ruleId) => {
    const probe = probeForFinding(failing(ruleId, ["db"]), [mysql]);
    expect(probe.ruleId).toBe(ruleId);
    expect(probe.elementIds).toEqual(["db"]);
    expect(probe.text.en).toContain("“MySQL primary”");
    expect(probe.text.ko).toContain("“MySQL primary”");
    expect(probe.text.en).toMatch(/\?$/);
    expect(probe.text.ko).toMatch(/\?$/);
    expect(probe.text.ko).toMatch(/[가-힣]/);
  });

  it.each(RULE_IDS.map((id) => [id]))("%s still asks when nothing is there to point at", (ruleId) => {
    const probe = probeForFinding(failing(ruleId), [mysql]);
    expect(probe.elementIds).toEqual([]);
    expect(probe.text.en).not.toContain("{target}");
    expect(probe.text.en).not.toContain("MySQL");
    expect(probe.text.ko).not.toContain("{target}");
  });

  it("names an unlabelled component by its kind", () => {
    const probe = probeForFinding(failing("redundant-web-tier", ["w"]), [unlabelledWeb]);
    expect(probe.text.en).toBe("What happens to requests in flight when the web server goes down?");
    expect(probe.text.ko).toContain("웹 서버");
  });
});

describe("probesFor", () => {
  it("asks about writes when the drawing has a single database, pointed at it", () => {
    const scene = new SceneBuilder();
    scene.box("web", "Web server");
    scene.box("db", "MySQL");
    scene.arrow("a1", "web", "db");
    const grade = gradeScene(scene.scene());
    const probes = probesFor(grade, null, 12);
    const replication = probes.find((probe) => probe.ruleId === "database-replication")!;
    expect(replication.text.en).toBe("What happens to writes when “MySQL” fails?");
    expect(replication.elementIds).toContain("db");
    const session = probes.find((probe) => probe.ruleId === "stateless-web-tier")!;
    expect(session.text.en).toMatch(/^Where does a user's session live/);
    // Passing rules ask nothing.
    expect(probes.map((probe) => probe.ruleId)).not.toContain(null);
  });

  it("puts the phase's questions first and the most severe rules before the rest, up to the limit", () => {
    const probes = probesFor(
      {
        findings: [
          failing("cache-layer", [], "minor"),
          { ...failing("dns-entry"), status: "pass" },
          failing("no-single-point-of-failure", [], "critical"),
          failing("database-replication", [], "major"),
        ],
        components: [],
      },
      "requirements",
      2,
    );
    expect(probes.map((probe) => probe.ruleId ?? probe.id)).toEqual([
      "phase:requirements:0",
      "phase:requirements:1",
      "no-single-point-of-failure",
      "database-replication",
    ]);
  });

  it("has requirements and scale questions for every phase, in both languages", () => {
    for (const phase of PHASES) {
      expect(PHASE_QUESTIONS[phase.id].length).toBeGreaterThan(0);
      for (const probe of phaseProbes(phase.id)) expect(probe.text.ko).toMatch(/[가-힣]/);
    }
    expect(phaseProbes("estimation")[0]!.text.en).toMatch(/requests per second/);
  });
});
