/**
 * The interviewer's probing questions without any model: drawn from the engine's findings on
 * the live drawing (one question per failing rule, pointed at the elements the finding names)
 * and from the interview's phase. Deterministic, English and Korean, safe in the browser.
 */
import type { RuleId } from "@/lib/grading/contract";
import { GRADING_LANGUAGES, kindWords, type GradingLanguage } from "@/lib/grading/locales";
import type { ComponentJson, FindingJson, Severity } from "@/lib/grading/types";
import type { Phase } from "@/lib/interviews/client/phases";

/** The interviewer speaks the engine's languages, and names kinds with its words. */
export const PROBE_LANGUAGES = GRADING_LANGUAGES;
export type ProbeLanguage = GradingLanguage;
export type Worded = Record<ProbeLanguage, string>;

export interface Probe {
  /** Stable while the question stays the same, so the panel keeps its place. */
  id: string;
  ruleId: RuleId | null;
  severity: Severity | null;
  text: Worded;
  /** What the question is about on the board (empty when it is about something missing). */
  elementIds: string[];
}

/** A question with `{target}` where the component it is about is named, and one without. */
interface RuleQuestion {
  about: Worded;
  missing: Worded;
}

const RULE_QUESTIONS: Record<RuleId, RuleQuestion> = {
  "dns-entry": {
    about: {
      en: "How does a user's browser find {target} in the first place?",
      ko: "사용자의 브라우저는 처음에 {target}을(를) 어떻게 찾아오나요?",
    },
    missing: {
      en: "How does a user's browser find your service in the first place?",
      ko: "사용자의 브라우저는 처음에 이 서비스를 어떻게 찾아오나요?",
    },
  },
  "stateless-web-tier": {
    about: {
      en: "Where does a user's session live when the load balancer sends them to a server other than {target}?",
      ko: "로드 밸런서가 사용자를 {target}이(가) 아닌 다른 서버로 보내면 세션은 어디에 있나요?",
    },
    missing: {
      en: "Where does a user's session live when the load balancer sends them to another server?",
      ko: "로드 밸런서가 사용자를 다른 서버로 보내면 세션은 어디에 있나요?",
    },
  },
  "redundant-web-tier": {
    about: {
      en: "What happens to requests in flight when {target} goes down?",
      ko: "{target}이(가) 다운되면 처리 중이던 요청은 어떻게 되나요?",
    },
    missing: {
      en: "Which servers answer the requests, and what happens when one of them goes down?",
      ko: "요청은 어떤 서버가 처리하고, 그중 하나가 다운되면 어떻게 되나요?",
    },
  },
  "load-balancer-redundancy": {
    about: {
      en: "{target} fails at peak traffic: what takes over, and how fast?",
      ko: "트래픽이 가장 많을 때 {target}이(가) 장애를 일으키면 무엇이 얼마나 빨리 대신하나요?",
    },
    missing: {
      en: "How is traffic spread across servers, and what takes over when that piece fails?",
      ko: "트래픽을 서버들에 어떻게 분산하고, 그 구성 요소가 장애를 일으키면 무엇이 대신하나요?",
    },
  },
  "database-replication": {
    about: {
      en: "What happens to writes when {target} fails?",
      ko: "{target}에 장애가 나면 쓰기 요청은 어떻게 되나요?",
    },
    missing: {
      en: "Where is the data stored, and what happens to it when that machine fails?",
      ko: "데이터는 어디에 저장되고, 그 장비에 장애가 나면 데이터는 어떻게 되나요?",
    },
  },
  "cache-layer": {
    about: {
      en: "Every read goes to {target}: what would you cache, and how do you keep it fresh?",
      ko: "모든 읽기가 {target}(으)로 갑니다. 무엇을 캐시하고, 캐시를 어떻게 최신으로 유지하나요?",
    },
    missing: {
      en: "Which reads repeat most, and where would you cache them?",
      ko: "가장 자주 반복되는 읽기는 무엇이고, 어디에 캐시하시겠어요?",
    },
  },
  "multi-data-center": {
    about: {
      en: "The data center holding {target} goes dark: how do users keep being served?",
      ko: "{target}이(가) 있는 데이터 센터 전체가 멈추면 사용자는 어떻게 계속 서비스를 받나요?",
    },
    missing: {
      en: "A whole data center goes dark: how do users keep being served, and how is traffic routed?",
      ko: "데이터 센터 하나가 통째로 멈추면 사용자는 어떻게 계속 서비스를 받고, 트래픽은 어떻게 라우팅되나요?",
    },
  },
  "cdn-static-assets": {
    about: {
      en: "Images and scripts come from {target}: how far is that from a user on another continent?",
      ko: "이미지와 스크립트를 {target}에서 받습니다. 다른 대륙의 사용자에게는 얼마나 먼가요?",
    },
    missing: {
      en: "Where are images, scripts and video served from, and how far is that from your users?",
      ko: "이미지, 스크립트, 동영상은 어디서 제공되고, 사용자와 얼마나 떨어져 있나요?",
    },
  },
  "data-sharding": {
    about: {
      en: "The data outgrows {target}: how would you split it, and by which key?",
      ko: "데이터가 {target}의 용량을 넘어서면 어떤 키로 어떻게 나누시겠어요?",
    },
    missing: {
      en: "The data outgrows one database: how would you split it, and by which key?",
      ko: "데이터가 데이터베이스 하나의 용량을 넘어서면 어떤 키로 어떻게 나누시겠어요?",
    },
  },
  "message-queue-decoupling": {
    about: {
      en: "A slow task holds up {target}: what could be handed off and done asynchronously?",
      ko: "느린 작업 때문에 {target}이(가) 막힙니다. 무엇을 비동기로 넘겨 처리할 수 있을까요?",
    },
    missing: {
      en: "Which work does not need to finish before the user gets an answer, and who does it?",
      ko: "사용자에게 응답하기 전에 끝날 필요가 없는 작업은 무엇이고, 누가 처리하나요?",
    },
  },
  "monitoring-automation": {
    about: {
      en: "How would you know at 3 a.m. that {target} is failing?",
      ko: "새벽 3시에 {target}이(가) 장애를 일으키고 있다는 것을 어떻게 알 수 있나요?",
    },
    missing: {
      en: "How would you know at 3 a.m. that something is failing, and what would page you?",
      ko: "새벽 3시에 무언가 장애가 났다는 것을 어떻게 알고, 무엇이 알림을 보내나요?",
    },
  },
  "no-single-point-of-failure": {
    about: {
      en: "If {target} failed, would the whole system go down with it? What would you add?",
      ko: "{target}이(가) 장애를 일으키면 시스템 전체가 멈추나요? 무엇을 추가하시겠어요?",
    },
    missing: {
      en: "Which single box, if it failed, would take the whole system down?",
      ko: "어떤 구성 요소 하나가 장애를 일으키면 시스템 전체가 멈추나요?",
    },
  },
};

/** Questions an interviewer asks as each phase begins: requirements and scale first. */
export const PHASE_QUESTIONS: Record<Phase["id"], Worded[]> = {
  requirements: [
    {
      en: "Which features are in scope, and who are the users?",
      ko: "어떤 기능이 범위에 들어가고, 사용자는 누구인가요?",
    },
    {
      en: "What matters more here: consistency or availability?",
      ko: "여기서는 일관성과 가용성 중 무엇이 더 중요한가요?",
    },
  ],
  estimation: [
    {
      en: "How many requests per second at peak, and what is the read/write ratio?",
      ko: "최대 초당 요청 수는 얼마이고, 읽기와 쓰기의 비율은 어떻게 되나요?",
    },
    { en: "How much data do you store per year?", ko: "1년에 저장하는 데이터는 얼마나 되나요?" },
  ],
  high_level: [
    {
      en: "Walk me through one request, from the user's device to the data and back.",
      ko: "요청 하나가 사용자 기기에서 데이터까지 갔다가 돌아오는 과정을 설명해 주세요.",
    },
  ],
  deep_dive: [
    {
      en: "Traffic grows tenfold: which component breaks first?",
      ko: "트래픽이 10배로 늘면 어떤 구성 요소가 가장 먼저 한계에 부딪히나요?",
    },
  ],
  wrap_up: [
    {
      en: "If you had one more week, what would you improve first?",
      ko: "일주일이 더 있다면 무엇을 가장 먼저 개선하시겠어요?",
    },
  ],
};

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, major: 1, minor: 2 };

/** How a component is named in a question: its label in quotes, else its kind. */
function targetName(component: ComponentJson, language: ProbeLanguage): string {
  const label = component.label.split("\n")[0]!.trim();
  if (label) return `“${label}”`;
  const noun = kindWords(language)[component.kind].noun;
  return language === "en" ? `the ${noun}` : noun;
}

/** The first component the finding points at: the one the question names. */
function targetOf(finding: FindingJson, components: readonly ComponentJson[]): ComponentJson | undefined {
  const pointed = new Set(finding.elementIds);
  return components.find((component) => component.elementIds.some((id) => pointed.has(id)));
}

/** One question for a failing finding, worded in both languages. */
export function probeForFinding(finding: FindingJson, components: readonly ComponentJson[]): Probe {
  const questions = RULE_QUESTIONS[finding.ruleId];
  const target = targetOf(finding, components);
  const text = Object.fromEntries(
    PROBE_LANGUAGES.map((language) => [
      language,
      target
        ? questions.about[language].replace("{target}", targetName(target, language))
        : questions.missing[language],
    ]),
  ) as Worded;
  return {
    id: `rule:${finding.ruleId}:${target?.id ?? "-"}`,
    ruleId: finding.ruleId,
    severity: finding.severity,
    text,
    elementIds: finding.elementIds,
  };
}

/** The phase's questions, asked as it begins. */
export function phaseProbes(phase: Phase["id"]): Probe[] {
  return PHASE_QUESTIONS[phase].map((text, index) => ({
    id: `phase:${phase}:${index}`,
    ruleId: null,
    severity: null,
    text,
    elementIds: [],
  }));
}

/**
 * The questions to ask now: the phase's first, then one per failing rule, the most severe
 * first (rubric order among equals), at most `limit` rule questions.
 */
export function probesFor(
  grade: { findings: readonly FindingJson[]; components: readonly ComponentJson[] },
  phase: Phase["id"] | null,
  limit = 4,
): Probe[] {
  const failing = grade.findings
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => finding.status === "fail")
    .sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index)
    .slice(0, limit)
    .map(({ finding }) => probeForFinding(finding, grade.components));
  return [...(phase ? phaseProbes(phase) : []), ...failing];
}
