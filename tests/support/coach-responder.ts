/**
 * How the loopback model server answers the coach by default: feedback that uses the ids it
 * was sent (plus an invented rule and element, which the app must drop), and an interviewer
 * reply about the first component on the board. Deterministic, so tests can assert on it.
 */
import type { ChatRequest, Scenario } from "./openai-server";

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
  const failing = (sent?.findings ?? []).filter((finding) => finding.status === "fail");
  const fix = (index: number) => {
    const finding = failing[index];
    return {
      title: finding ? `Fix ${finding.ruleId}` : "Label every component",
      detail: "This matters because one failure would take the service down; draw the missing piece and connect it.",
      ruleIds: finding ? [finding.ruleId, INVENTED_RULE] : [INVENTED_RULE],
      elementIds: [...(finding?.about ?? []), INVENTED_ELEMENT],
    };
  };
  return {
    summary: `A clear start with ${Object.values(sent?.components ?? {}).flat().length} components; the data tier needs redundancy.`,
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
  return {
    kind: "reply",
    content: first ? `What happens to requests when "${first}" goes down?` : "What are you going to draw first?",
    usage: { prompt: 400, completion: 20 },
  };
}
