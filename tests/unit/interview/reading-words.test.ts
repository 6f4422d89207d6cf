import { describe, expect, it } from "vitest";
import { describeGraph } from "@/lib/grading";
import type { ComponentJson, GraphJson } from "@/lib/grading/types";
import { looseConnections, readingSentence } from "@/lib/interviews/client/reading-words";
import { SceneBuilder } from "../grading/scene-builder";

const component = (kind: ComponentJson["kind"], reading: ComponentJson["reading"]) => ({ kind, reading });

describe("readingSentence", () => {
  it("says where the kind came from, in words a candidate reads", () => {
    expect(readingSentence(component("cache", { source: "bound_label" }), false)).toBe("Read from its label.");
    expect(readingSentence(component("cache", { source: "nearby_text" }), false)).toBe("Read from the text beside it.");
    expect(readingSentence(component("client", { source: "icon_caption" }), false)).toBe(
      "Read from the caption under the icon.",
    );
    expect(readingSentence(component("database", { source: "text_on_shape", words: "Orders DB" }), false)).toBe(
      "Read from the text written on it (“Orders DB”).",
    );
  });

  it("tells a palette item from a hand tag", () => {
    expect(readingSentence(component("cache", { source: "tag" }), false)).toBe("A palette item.");
    expect(readingSentence(component("cache", { source: "tag" }), true)).toBe("You tagged it as a cache.");
    expect(readingSentence(component("api_gateway", { source: "tag" }), true)).toBe("You tagged it as an API gateway.");
  });

  it("names corrected spellings, other kinds in the label, and guesses from shape", () => {
    expect(
      readingSentence(
        component("message_queue", { source: "bound_label", corrected: [{ from: "Kafak", to: "kafka" }] }),
        false,
      ),
    ).toBe("Read from its label, corrected from “Kafak”.");
    expect(
      readingSentence(component("api_gateway", { source: "bound_label", alsoKinds: ["load_balancer"] }), false),
    ).toBe("Read from its label, also names a load balancer.");
    expect(readingSentence(component("database", { source: "inferred", why: "drawn as a cylinder" }), false)).toBe(
      "No word names it: guessed from its shape and place (drawn as a cylinder).",
    );
    expect(readingSentence(component("unknown", { source: "none" }), false)).toBe("No word in its label names a kind.");
  });

  it("says nothing without a reading (a grade stored without one)", () => {
    expect(readingSentence(component("cache", undefined), false)).toBe("");
  });

  it("reads the engine's own output, in English and Korean", () => {
    const b = new SceneBuilder();
    b.box("k", "Kafak cluster");
    b.box("r", "레디스 캐시", { style: "beside" });
    const graph = describeGraph(b.elements, { reading: true });
    expect(graph.components.map((c) => readingSentence(c, false))).toEqual([
      "Read from its label, corrected from “Kafak”.",
      "Read from the text beside it.",
    ]);
  });
});

describe("looseConnections", () => {
  it("lists the connections a loose end made, with the arrow and both ends to show", () => {
    const b = new SceneBuilder();
    b.box("api", "API server");
    b.box("db", "Postgres");
    b.box("cache", "Redis");
    b.arrow("loose", "api", "db", { bind: "none", gap: 30 });
    b.arrow("bound", "api", "cache");
    const graph = describeGraph(b.elements, { reading: true });
    expect(looseConnections(graph)).toEqual([
      {
        key: expect.stringMatching(/^loose:/),
        from: "“API server”",
        to: "“Postgres”",
        how: "Inferred from a loose end: its start stops near “API server” and its end stops near “Postgres”.",
        elementIds: ["loose", "api", "api-text", "db", "db-text"],
      },
    ]);
  });

  it("names an unlabelled end by its kind", () => {
    const graph: Pick<GraphJson, "components" | "connections"> = {
      components: [
        { id: "c1", kind: "client", label: "", role: null, replicas: 1, zone: null, elementIds: ["u"] },
        { id: "c2", kind: "web_server", label: "Web", role: null, replicas: 1, zone: null, elementIds: ["w"] },
      ],
      connections: [{ from: "c1", to: "c2", label: null, elementIds: ["a"], ends: { from: "caption", to: "ahead" } }],
    };
    expect(looseConnections(graph)[0]!.how).toBe(
      "Inferred from a loose end: its start lies on the caption of an unlabelled client and its end points at “Web”.",
    );
  });
});
