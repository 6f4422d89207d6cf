/**
 * How the loopback model server answers the coach by default: feedback that uses the ids it
 * was sent (plus an invented rule and element, which the app must drop), kinds for the
 * unrecognised labels it was sent (plus an invented kind and element, likewise), and an
 * interviewer reply about the first component on the board, in the language the request asks
 * for (as a model follows its instructions). Deterministic, so tests can assert on it.
 */
import { requestedLanguage, type ChatRequest, type Scenario } from "./openai-server";

interface SentGrounding {
  components: Record<string, string[]>;
  findings?: { ruleId: string; status: string; about: string[] }[];
}

export const INVENTED_RULE = "rule-that-does-not-exist";
export const INVENTED_ELEMENT = "element-that-does-not-exist";
export const INVENTED_KIND = "quantum_router";

function grounding(request: ChatRequest): SentGrounding | null {
  for (const message of request.messages) {
    const start = message.content.indexOf("{");
    if (start === -1) continue;
    try {
      const parsed = JSON.parse(message.content.slice(start)) as SentGrounding;
      if (parsed.components && typeof parsed.components === "object") return parsed;
    } catch {
      // Not the grounding message.
    }
  }
  return null;
}

export function coachFeedbackAnswer(request: ChatRequest) {
  const sent = grounding(request);
  const korean = requestedLanguage(request) === "ko";
  const failing = (sent?.findings ?? []).filter((finding) => finding.status === "fail");
  const count = Object.values(sent?.components ?? {}).flat().length;
  const fix = (index: number) => {
    const finding = failing[index];
    return {
      title: finding
        ? korean
          ? `${finding.ruleId} 고치기`
          : `Fix ${finding.ruleId}`
        : korean
          ? "모든 구성 요소에 이름 붙이기"
          : "Label every component",
      detail: korean
        ? "장애 하나로 서비스 전체가 멈출 수 있기 때문에 중요합니다. 빠진 구성 요소를 그리고 연결하세요."
        : "This matters because one failure would take the service down; draw the missing piece and connect it.",
      ruleIds: finding ? [finding.ruleId, INVENTED_RULE] : [INVENTED_RULE],
      elementIds: [...(finding?.about ?? []), INVENTED_ELEMENT],
    };
  };
  return korean
    ? {
        summary: `구성 요소 ${count}개로 출발이 좋습니다. 데이터 계층에는 다중화가 필요합니다.`,
        strengths: ["요청 경로를 따라가기 쉽습니다."],
        fixes: [fix(0), fix(1), fix(2)],
        deepDiveQuestion: "데이터가 서버 한 대에 담기지 않으면 어떻게 샤딩하시겠어요?",
      }
    : {
        summary: `A clear start with ${count} components; the data tier needs redundancy.`,
        strengths: ["The request path is easy to follow."],
        fixes: [fix(0), fix(1), fix(2)],
        deepDiveQuestion: "How would you shard the data when it outgrows one machine?",
      };
}

/** The kind a label's words suggest to the test server ("Pulsr" -> message_queue), or none. */
const LABEL_GUESSES: [RegExp, string][] = [
  [/puls|kafk|kakf|rabbit|queue/i, "message_queue"],
  [/redi|cach/i, "cache"],
  [/nginx|balanc/i, "load_balancer"],
  [/postgr|mysql|mongo/i, "database"],
];

/**
 * Suggestions for the labels sent: a kind for each label the table above places, with 0.8.
 * Before them, an invented kind for the first label (the app must drop it and keep the real
 * one after it); after them, a kind for an element that was never sent.
 */
export function labelSuggestionsAnswer(request: ChatRequest) {
  const sent = JSON.parse(request.messages.at(-1)?.content ?? "{}") as {
    labels?: { elementId: string; text: string }[];
  };
  const labels = sent.labels ?? [];
  const placed = labels.flatMap((label) => {
    const kind = LABEL_GUESSES.find(([words]) => words.test(label.text))?.[1];
    return kind ? [{ elementId: label.elementId, kind, confidence: 0.8 }] : [];
  });
  return {
    suggestions: [
      ...(labels[0] ? [{ elementId: labels[0].elementId, kind: INVENTED_KIND, confidence: 0.99 }] : []),
      ...placed,
      { elementId: INVENTED_ELEMENT, kind: "cache", confidence: 0.9 },
    ],
  };
}

export function coachResponder(request: ChatRequest): Scenario {
  if (request.response_format?.json_schema?.name === "label_suggestions") {
    return {
      kind: "reply",
      content: JSON.stringify(labelSuggestionsAnswer(request)),
      usage: { prompt: 150, completion: 30 },
    };
  }
  if (request.response_format?.json_schema?.name === "coach_feedback") {
    return {
      kind: "reply",
      content: JSON.stringify(coachFeedbackAnswer(request)),
      usage: { prompt: 900, completion: 250 },
    };
  }
  // "c1 Web server" -> "Web server"
  const first = Object.values(grounding(request)?.components ?? {})[0]?.[0]?.replace(/^\S+ /, "");
  const content =
    requestedLanguage(request) === "ko"
      ? first
        ? `"${first}"이(가) 다운되면 요청은 어떻게 되나요?`
        : "무엇부터 그리실 건가요?"
      : first
        ? `What happens to requests when "${first}" goes down?`
        : "What are you going to draw first?";
  return { kind: "reply", content, usage: { prompt: 400, completion: 20 } };
}
