/**
 * How the loopback model server answers the coach by default: feedback that uses the ids it
 * was sent (plus an invented rule and element, which the app must drop), and an interviewer
 * reply about the first component on the board, in the language the request asks for (as a
 * model follows its instructions). Deterministic, so tests can assert on it.
 */
import { requestedLanguage, type ChatRequest, type Scenario } from "./openai-server";

interface SentGrounding {
  components: Record<string, string[]>;
  findings?: { ruleId: string; status: string; about: string[] }[];
}

export const INVENTED_RULE = "rule-that-does-not-exist";
export const INVENTED_ELEMENT = "element-that-does-not-exist";

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

export function coachResponder(request: ChatRequest): Scenario {
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
