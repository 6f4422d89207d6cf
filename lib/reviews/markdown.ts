// The Markdown subset comments are written in, parsed to a tree that the page renders as
// React elements (components/reviews/comment-body.tsx). Nothing is ever inserted as HTML, so
// a comment's "<script>" is text; links keep only http(s) and mailto addresses.
//
// Supported: paragraphs (blank line), line breaks, "- " / "* " lists, `code`, **bold**,
// *italic* / _italic_, [text](https://address).

export type Inline =
  | { type: "text"; text: string }
  | { type: "code"; text: string }
  | { type: "strong"; children: Inline[] }
  | { type: "em"; children: Inline[] }
  | { type: "link"; href: string; children: Inline[] };

export type Block = { type: "paragraph"; lines: Inline[][] } | { type: "list"; items: Inline[][] };

const SAFE_LINK = /^(https?:\/\/|mailto:)[^\s]+$/i;
const LIST_ITEM = /^\s*[-*]\s+(.*)$/;

export function parseCommentMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n?/g, "\n").split(/\n{2,}/)) {
    const lines = chunk.split("\n").filter((line) => line.trim() !== "");
    let paragraph: string[] = [];
    let list: string[] = [];
    const flush = () => {
      if (paragraph.length) blocks.push({ type: "paragraph", lines: paragraph.map(parseInline) });
      if (list.length) blocks.push({ type: "list", items: list.map(parseInline) });
      paragraph = [];
      list = [];
    };
    for (const line of lines) {
      const item = LIST_ITEM.exec(line);
      if (item && paragraph.length) flush();
      if (!item && list.length) flush();
      if (item) list.push(item[1]!);
      else paragraph.push(line);
    }
    flush();
  }
  return blocks;
}

// Earliest match wins; at the same place the order here decides (code before emphasis).
const INLINE_PATTERNS: { type: Exclude<Inline["type"], "text">; pattern: RegExp }[] = [
  { type: "code", pattern: /`([^`\n]+)`/ },
  { type: "link", pattern: /\[([^\]\n]+)\]\(([^()\s]+)\)/ },
  { type: "strong", pattern: /\*\*([^*\n]+?)\*\*/ },
  { type: "em", pattern: /(?:\*([^*\n]+?)\*|\b_([^_\n]+?)_\b)/ },
];

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest) {
    let best: { type: (typeof INLINE_PATTERNS)[number]["type"]; match: RegExpExecArray } | null = null;
    for (const { type, pattern } of INLINE_PATTERNS) {
      const match = pattern.exec(rest);
      if (match && (!best || match.index < best.match.index)) best = { type, match };
    }
    if (!best) {
      pushText(out, rest);
      break;
    }
    const { type, match } = best;
    if (match.index > 0) pushText(out, rest.slice(0, match.index));
    if (type === "code") out.push({ type, text: match[1]! });
    else if (type === "link") {
      const href = match[2]!;
      if (SAFE_LINK.test(href)) out.push({ type, href, children: parseInline(match[1]!) });
      else pushText(out, match[0]);
    } else out.push({ type, children: parseInline(match[1] ?? match[2]!) });
    rest = rest.slice(match.index + match[0].length);
  }
  return out;
}

function pushText(out: Inline[], text: string) {
  const last = out.at(-1);
  if (last?.type === "text") last.text += text;
  else out.push({ type: "text", text });
}
