import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { endNameText, looseText, readingText } from "@/components/reading/reading-text";
import { describeGraph } from "@/lib/grading";
import type { ComponentJson, GraphJson } from "@/lib/grading/types";
import { MESSAGES } from "@/lib/i18n/messages";
import { guessOf, looseConnections, readingOf } from "@/lib/interviews/client/reading-words";
import { SceneBuilder } from "../grading/scene-builder";

const component = (kind: ComponentJson["kind"], reading: ComponentJson["reading"]) => ({ kind, reading });
const translator = (locale: "en" | "ko") =>
  createTranslator({ locale, messages: MESSAGES[locale], namespace: "reading" });
const en = translator("en");
const ko = translator("ko");

/** The sentence the grader view shows, in English. */
function sentence(c: Pick<ComponentJson, "kind" | "reading">, handTagged: boolean, language: "en" | "ko" = "en") {
  const reading = readingOf(c, handTagged);
  return reading ? readingText(language === "en" ? en : ko, reading, language) : "";
}

describe("how a component's kind was read, in words", () => {
  it("says where the kind came from, in words a candidate reads", () => {
    expect(sentence(component("cache", { source: "bound_label" }), false)).toBe("Read from its label.");
    expect(sentence(component("cache", { source: "nearby_text" }), false)).toBe("Read from the text beside it.");
    expect(sentence(component("client", { source: "icon_caption" }), false)).toBe(
      "Read from the caption under the icon.",
    );
    expect(sentence(component("database", { source: "text_on_shape", words: "Orders DB" }), false)).toBe(
      "Read from the text written on it (“Orders DB”).",
    );
  });

  it("tells a palette item from a hand tag", () => {
    expect(sentence(component("cache", { source: "tag" }), false)).toBe("A palette item.");
    expect(sentence(component("cache", { source: "tag" }), true)).toBe("You tagged it as a cache.");
    expect(sentence(component("api_gateway", { source: "tag" }), true)).toBe("You tagged it as an API gateway.");
  });

  it("names corrected spellings, other kinds in the label, and guesses from shape", () => {
    expect(
      sentence(
        component("message_queue", { source: "bound_label", corrected: [{ from: "Kafak", to: "kafka" }] }),
        false,
      ),
    ).toBe("Read from its label, corrected from “Kafak”.");
    expect(sentence(component("api_gateway", { source: "bound_label", alsoKinds: ["load_balancer"] }), false)).toBe(
      "Read from its label, also names a load balancer.",
    );
    expect(sentence(component("database", { source: "inferred", why: "drawn as a cylinder" }), false)).toBe(
      "No word names it: guessed from its shape and place (drawn as a cylinder).",
    );
    expect(sentence(component("unknown", { source: "none" }), false)).toBe("No word in its label names a kind.");
  });

  it("says the same in Korean, with the particles that fit", () => {
    expect(sentence(component("cache", { source: "bound_label" }), false, "ko")).toBe("이름에서 읽음.");
    expect(sentence(component("cache", { source: "tag" }), true, "ko")).toBe("직접 캐시로 지정했습니다.");
    expect(sentence(component("web_server", { source: "tag" }), true, "ko")).toBe("직접 웹 서버로 지정했습니다.");
    expect(sentence(component("data_center", { source: "tag" }), true, "ko")).toBe("직접 데이터 센터로 지정했습니다.");
    expect(
      sentence(
        component("message_queue", { source: "bound_label", corrected: [{ from: "카프가", to: "kafka" }] }),
        false,
        "ko",
      ),
    ).toBe("이름에서 읽음, “카프가”를 고쳐 읽음.");
    expect(sentence(component("database", { source: "inferred", why: "drawn as a cylinder" }), false, "ko")).toBe(
      "종류를 나타내는 단어가 없어 모양과 위치로 짐작함(원통 모양).",
    );
    expect(sentence(component("worker", { source: "inferred", why: 'a member of "워커 풀"' }), false, "ko")).toBe(
      "종류를 나타내는 단어가 없어 모양과 위치로 짐작함(“워커 풀” 묶음의 일부).",
    );
  });

  it("has words for every guess the engine makes from shape and place", () => {
    // Every `why` the engine writes (lib/grading/graph) is one the page can say in any language:
    // a fixed sentence by its id, one quoting a label by its pattern (the label filled in here).
    const graph = path.resolve(import.meta.dirname, "../../../lib/grading/graph");
    const sources = readdirSync(graph).map((file) => readFileSync(path.join(graph, file), "utf8"));
    const written = sources.flatMap((source) =>
      [...source.matchAll(/why: (?:"([^"]+)"|`([^`]+)`)/g)].map(
        (match) => match[1] ?? match[2]!.replace(/\$\{[^}]+\}/g, "Orders"),
      ),
    );
    expect(written.length).toBeGreaterThan(10);
    expect(written.filter((why) => guessOf(why).id === "text")).toEqual([]);
    for (const why of written) {
      const guessed = component("database", { source: "inferred", why });
      expect(sentence(guessed, false)).toContain(why);
      const korean = sentence(guessed, false, "ko");
      expect(korean).not.toContain(why);
      if (why.includes('"Orders"')) expect(korean).toContain("“Orders”");
    }
  });

  it("says nothing without a reading (a grade stored without one)", () => {
    expect(readingOf(component("cache", undefined), false)).toBeNull();
  });

  it("reads the engine's own output", () => {
    const b = new SceneBuilder();
    b.box("k", "Kafak cluster");
    b.box("r", "레디스 캐시", { style: "beside" });
    const graph = describeGraph(b.elements, { reading: true });
    expect(graph.components.map((c) => sentence(c, false))).toEqual([
      "Read from its label, corrected from “Kafak”.",
      "Read from the text beside it.",
    ]);
    expect(graph.components.map((c) => sentence(c, false, "ko"))).toEqual([
      "이름에서 읽음, “Kafak”을(를) 고쳐 읽음.",
      "옆에 쓴 글자에서 읽음.",
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
    const connections = looseConnections(graph);
    expect(connections).toEqual([
      {
        key: expect.stringMatching(/^loose:/),
        from: { label: "API server" },
        to: { label: "Postgres" },
        ends: { from: "near", to: "near" },
        elementIds: ["loose", "api", "api-text", "db", "db-text"],
      },
    ]);
    expect(looseText(en, connections[0]!, "en")).toBe(
      "Inferred from a loose end: its start stops near “API server” and its end stops near “Postgres”.",
    );
    expect(looseText(ko, connections[0]!, "ko")).toBe(
      "붙지 않은 끝에서 추론함: 시작점이 “API server” 근처에서 멈춤, 끝점이 “Postgres” 근처에서 멈춤.",
    );
  });

  it("names an unlabelled end by its kind", () => {
    const graph: Pick<GraphJson, "components" | "connections"> = {
      components: [
        { id: "c1", kind: "client", label: "", role: null, replicas: 1, zone: null, elementIds: ["u"] },
        { id: "c2", kind: "web_server", label: "Web", role: null, replicas: 1, zone: null, elementIds: ["w"] },
      ],
      connections: [{ from: "c1", to: "c2", label: null, elementIds: ["a"], ends: { from: "caption", to: "ahead" } }],
    };
    const [connection] = looseConnections(graph);
    expect(looseText(en, connection!, "en")).toBe(
      "Inferred from a loose end: its start lies on the caption of an unlabelled client and its end points at “Web”.",
    );
    expect(endNameText(ko, connection!.from, "ko")).toBe("이름 없는 클라이언트");
    expect(looseText(ko, connection!, "ko")).toBe(
      "붙지 않은 끝에서 추론함: 시작점이 이름 없는 클라이언트의 설명 글자 위에 있음, 끝점이 “Web”을(를) 가리킴.",
    );
  });
});
