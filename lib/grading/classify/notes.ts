// Text that is not a component name: library placeholders ("Lorem ipsum", one letter per
// element), notes (requirements, estimates, explanations, data samples), flow steps ("Client
// uploads file", "Write to primary DB") and data models (a table's name over its fields).
// Notes are kept out of labels so "every 20 minutes sync s3 with database" does not become a
// database. A short first line over detail lines is a name with its detail, not a note.
import { correction } from "./fuzzy";
import { PhraseMatcher } from "./matcher";
import { memoByText } from "./memo";
import { tokenize } from "./normalize";
import { ROLE_WORDS, VOCABULARY } from "./vocabulary";

/** Every word that names a kind or a database role, to tell a list of names from a list of things. */
const KNOWN_WORDS = new PhraseMatcher([...VOCABULARY.map((g) => g.phrases), ...Object.values(ROLE_WORDS)]);

const LOREM = /lorem ipsum|dolor sit amet|consectetur adipiscing/i;
const BULLET = /^\s*(?:[-*•·▪◦]|\d{1,2}[.)])\s+/;
const ESTIMATE =
  /\b(?:qps|rps|tps|dau|mau|requirements?|estimates?|estimation|assumptions?|non-functional|functional|capacity|throughput|latency|sla|slo)\b|요구\s?사항|추정|가정|용량|\d+(?:\.\d+)?\s?(?:k|m|b|million|billion|억|만)\s*(?:users?|requests?|req|reads?|writes?|명|건)|\d+(?:\.\d+)?\s?(?:tb|gb|pb|mb|kb)\b|\/\s?(?:s|sec|day|month)\b|per (?:second|day|month)|초당|하루/i;

export const isPlaceholder = memoByText((text: string): boolean => {
  const trimmed = text.trim();
  if (trimmed.length === 0) return true;
  // Libraries spell logos one letter per element; a lone Latin letter names nothing.
  if (/^[a-z]$/i.test(trimmed)) return true;
  // "...", "—", "?": no letter or digit names nothing.
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return true;
  return LOREM.test(trimmed);
});

/** Rough word count; a run of Korean or Chinese counts one word per two to three characters. */
export function wordCount(text: string): number {
  let count = 0;
  for (const token of tokenize(text).raw) {
    count += /^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u.test(token)
      ? Math.max(1, Math.round(token.length / 3))
      : 1;
  }
  return count;
}

// Verbs in the forms flow steps use: "Client uploads file", "Copied to every region". These
// are verbs whatever follows; the forms below them are also plural nouns ("order updates").
const ACTION_VERBS = new Set(
  (
    "uploads uploaded sends sent written wrote stored saved fetches fetched pulled pushed publishes published " +
    "consumes consumed called returned requested copied replicates replicated processed generates generated " +
    "checked updated created deleted notifies notified forwards forwarded routed receives received triggers " +
    "triggered polled streamed downloads downloaded validates validated computes computed hashed converts " +
    "converted encodes encoded queried subscribes subscribed redirects redirected loaded listens listened"
  ).split(" "),
);
const NOUN_OR_VERB = new Set(
  "writes reads stores saves pulls pushes calls returns requests copies processes checks updates creates deletes routes polls streams loads queries hashes".split(
    " ",
  ),
);
// Imperatives that open a step: "Write to primary DB", "Read from cache".
const IMPERATIVES = new Set(
  (
    "upload send write read store save fetch pull push publish consume call return copy replicate process " +
    "generate check update create delete notify forward get post put receive trigger poll stream download " +
    "validate compute hash convert encode query subscribe redirect load insert lookup look find listen"
  ).split(" "),
);
const FUNCTION_WORDS = new Set(["to", "from", "of", "into", "onto", "the", "a", "an", "every", "each", "if", "then"]);
/** Words that may follow an imperative in a step ("check for new members", "poll on a timer"). */
const AFTER_IMPERATIVE = new Set([...FUNCTION_WORDS, "for", "on", "in", "with", "by", "via", "all", "new"]);
// Korean steps attach case particles ("파일을 업로드", "캐시에서 읽기") or end in a verb form.
const KOREAN_STEP =
  /[가-힣](?:을|를|에서|에게|으로|로부터)$|[가-힣](?:한다|합니다|함|하기|된다|됨|읽기|쓰기|저장|전송)$/;

/** "Client uploads file", "Write to primary DB", "MD5 of the URL": an action, not a component. */
export const isFlowStep = memoByText((text: string): boolean => {
  const words = tokenize(text.replace(/\([^)]*\)|\[[^\]]*\]/g, " ")).raw;
  // Korean writes a step in fewer words: "캐시에서 읽기", "파일을 업로드".
  if (words.length >= 2 && words.some((w) => KOREAN_STEP.test(w))) return true;
  if (words.length < 3) return false;
  if (words.some((w) => ACTION_VERBS.has(w))) return true;
  const functionAfter = (i: number) => words.slice(i + 1).some((w) => FUNCTION_WORDS.has(w));
  if (words.some((w, i) => NOUN_OR_VERB.has(w) && i > 0 && functionAfter(i))) return true;
  if (IMPERATIVES.has(words[0]!) && words.slice(1, 3).some((w) => AFTER_IMPERATIVE.has(w))) return true;
  if (words.some((w, i) => i > 0 && (w === "the" || w === "every" || w === "each"))) return true;
  return false;
});

// Parts of a screen drawn as a mock-up: "Play button", "tool bar", "Excalidraw embed window",
// "검색창". Named by their last word, so "Menu Service" stays a service; a "sliding window"
// is a rate limiter's, not a screen's.
const UI_LAST_WORD = new Set(
  (
    "button buttons btn toolbar navbar sidebar menu dropdown checkbox textbox textfield tooltip scrollbar " +
    "modal popup dialog slider toggle carousel breadcrumb breadcrumbs window"
  ).split(" "),
);
const UI_TWO_WORDS =
  /(?:^|\s)(?:tool|nav|navigation|side|tab|search|address|menu|status|title|scroll) bar$|(?:^|\s)(?:text|input|search|check|combo) (?:box|field)$/;
const NOT_A_SCREEN = /\b(?:sliding|tumbling|fixed|rolling|time|hopping|session|retry|maintenance)\s+windows?$/;
const UI_KOREAN = /(?:버튼|메뉴|툴바|도구\s?모음|검색창|입력창|팝업|사이드바|내비게이션\s?바|체크박스|드롭다운|창)$/;

/** "Play button", "tool bar", "embed window", "검색 버튼": a part of a screen, not a component. */
export const isUiPart = memoByText((text: string): boolean => {
  const flat = text
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!flat || wordCount(flat) > 5) return false;
  if (UI_KOREAN.test(flat.replace(/\s+$/, ""))) return true;
  const words = tokenize(flat).raw;
  const lower = words.join(" ");
  if (NOT_A_SCREEN.test(lower)) return false;
  return UI_LAST_WORD.has(words[words.length - 1] ?? "") || UI_TWO_WORDS.test(lower);
});

/** A field name as data models write them: accountId, created_at, tickets[], id, pk. */
function isFieldName(word: string): boolean {
  const w = word.replace(/^[-*•·]\s*/, "").trim();
  if (!/^[A-Za-z_][A-Za-z0-9_]*(?:\[\])?:?$/.test(w)) return false;
  return (
    /_/.test(w) ||
    /[a-z][A-Z]/.test(w) ||
    /\[\]$/.test(w) ||
    /^(?:id|uuid|pk|fk|key)$/i.test(w) ||
    /(?:Id|_id|ID)$/.test(w)
  );
}

/**
 * A table drawn as a box: its name over or before its fields ("Account - accountId - handle -
 * createdAt", "Posts: postId, authorId, body", "User\nid\nfirst_name"). A data model, not a
 * client or a service, whatever its name says.
 */
export const isDataModel = memoByText((text: string): boolean => {
  const pieces = text
    .split(/\r?\n|\s+-\s+|,|:\s|\s{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (pieces.length < 2) return false;
  // Fields are often bulleted ("- id", "- userId"): the bullet is not the field.
  const fields = pieces.slice(1).flatMap((p) =>
    p
      .replace(/^[-*•·]\s*/, "")
      .split(/\s+/)
      .slice(0, 1),
  );
  const named = fields.filter(isFieldName).length;
  // "Performer\n- id": a table with only its key is still a table.
  if (pieces.length === 2)
    return /\n/.test(text) && named === 1 && /^(?:id|uuid|pk|[a-z]+Id|[a-z]+_id)$/.test(fields[0]!);
  return named >= 3 || (named >= 2 && named >= 0.4 * fields.length);
});

/** Prose, not names: "can probably add a virtual queue here". */
const MODAL = /\b(?:can|could|should|might|may|must|will|would|probably|maybe|todo)\b|\?/i;

// A document's section headings, not components: "APIs Design", "DB Tables", "Core Entities".
const SECTION =
  /(?:^|\s)(?:design|tables|schema|entities|requirements|calculations|estimations?|overview|legend|notes|data model)\s*:?\s*$/i;

/** "APIs Design", "DB Tables": the heading of a part of the page, named by its last word. */
export function isSectionHeading(text: string): boolean {
  return SECTION.test(text.split(/\r?\n/)[0]!.trim());
}

/** The first line of a text when it reads as a name over detail lines ("API Gateway\n- rate limiting"). */
export function headLine(text: string): string | null {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length < 2) return null;
  const head = lines[0]!.replace(/[:\-–—]+$/, "").trim();
  if (!head || BULLET.test(lines[0]!) || wordCount(head) > 5 || isFlowStep(head) || ESTIMATE.test(head)) return null;
  if (MODAL.test(head)) return null;
  return head;
}

const GROUP_NOUNS = new Set(
  "services microservices servers databases systems components dependencies integrations apis backends".split(" "),
);

/**
 * "External Services", "Backend servers", "외부 서비스들": a heading over a column of boxes, when
 * it stands alone. A single box is named in the singular ("Payment Service").
 */
export function isGroupHeading(text: string): boolean {
  const words = tokenize(text).raw;
  const last = words[words.length - 1] ?? "";
  return words.length <= 4 && (GROUP_NOUNS.has(last) || /[가-힣]{2,}들$/.test(last));
}

/**
 * Three or more short lines none of which names a kind ("Events / Tickets / Venues /
 * Performers"): a list of entities or topics, not the name of one box.
 */
function isWordList(text: string): boolean {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length < 3 || lines.some((l) => wordCount(l) > 2)) return false;
  return lines.every((l) => {
    if (/\d/.test(l)) return false;
    const read = tokenize(l.replace(/[\p{L}\p{N}]+/gu, (w) => correction(w.toLowerCase()) ?? w));
    return KNOWN_WORDS.best(read) < 0;
  });
}

/**
 * Whether a text reads as a note rather than a name. `bound` texts sit inside a shape, where
 * longer names are normal ("Email Notification Service"), so they get more room.
 */
const noteInShape = memoByText((text) => readNote(text, true));
const noteFree = memoByText((text) => readNote(text, false));

export function isNote(text: string, bound: boolean): boolean {
  return bound ? noteInShape(text) : noteFree(text);
}

/** A value given to a short symbol ("r=1", "p = 0.4", "b = 2Y"): a parameter of a model, not a name. */
const PARAMETER = /^\s*\p{L}[\p{L}\p{N}_]{0,3}\s*=\s*\d[^=]{0,11}$/u;

function readNote(text: string, bound: boolean): boolean {
  // Ports alone (":80 :443", ":8080"): where a box listens, not what it is.
  if (/^\s*(?::\d{1,5}[\s,/]*)+$/.test(text)) return true;
  if (PARAMETER.test(text)) return true;
  if (isDataModel(text) || isSectionHeading(text) || isUiPart(text)) return true;
  // A short name over detail lines names its shape; the detail is detail. Floating text
  // must also read as a name all through: short lines, no prose.
  const head = headLine(text);
  const lineCount = text.split(/\r?\n/).filter((l) => l.trim()).length;
  // Figures under a heading ("6M drivers / 3M active / 600K TPS"): an estimate, wherever it lies.
  if (head !== null && ESTIMATE.test(text) && !ESTIMATE.test(head) && lineCount >= 3 && /\d/.test(text)) return true;
  if (isWordList(text)) return true;
  if (head !== null && (bound || (lineCount <= 6 && !/[.!?]\s*$/m.test(text)))) return false;
  const flat = text.replace(/\s+/g, " ").trim();
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  if (lines.length >= 2 && lines.some((l) => BULLET.test(l))) return true;
  const words = wordCount(flat);
  if (words > (bound ? 8 : 6)) return true;
  if (lines.length >= 4) return true;
  // A sentence: "Client requests a signed URL."
  if (words >= 5 && /[.!?。]\s*$/.test(flat)) return true;
  if (isFlowStep(flat)) return true;
  // CSV-like data samples: "User-1, <UUID>, created_at, pending, private".
  if ((flat.match(/,/g)?.length ?? 0) >= 3) return true;
  if (!bound && ESTIMATE.test(flat)) return true;
  return false;
}
