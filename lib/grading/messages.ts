// From a rule's message id and data to words (docs/grading.md §3, "Messages"). Templates are
// ICU MessageFormat, so grammar (plurals, "is"/"are") lives in the template and never in the
// data: a rule's data holds only counts and the components it names. Another language has
// its own templates and a MessageLocale in ./locales, and nothing in the rules.
import { IntlMessageFormat, type Formatters } from "intl-messageformat";
import type { ComponentKind } from "./contract";
import { KIND_WORDS, nounsOf } from "./kinds";

/** A component (or zone) a message names: shown by its label, or by its kind when it has none. */
export interface Mention {
  label: string;
  kind: ComponentKind;
}

/**
 * A value of a message's data: a count, or the components a message names. A list `x` also
 * gives the template `{xCount}`, its length, for plurals: `{x} {xCount, plural, one {is} other {are}}`.
 */
export type MessageValue = number | readonly Mention[];
/** A rule's data for its message; a key set to undefined is the same as an absent one. */
export type MessageData = Readonly<Partial<Record<string, MessageValue>>>;

/** The words a language needs besides the templates themselves. */
export interface MessageLocale {
  /** BCP 47 tag: picks the plural rules and how a list is joined. */
  tag: string;
  /** ICU template naming a labelled component, given `{label}`. */
  labelled: string;
  /** ICU template naming a component without a label, given `{kind}` (the kind's noun). */
  unlabelled: string;
  kindNouns: Record<ComponentKind, string>;
  /** A last pass over a finished message (Korean settles its particles: locales/korean-particles.ts). */
  finish?: (text: string) => string;
}

/** British English: "A, B and C" without a serial comma, as the messages have always read. */
export const ENGLISH: MessageLocale = {
  tag: "en-GB",
  labelled: '"{label}"',
  unlabelled: "an unlabelled {kind}",
  kindNouns: nounsOf(KIND_WORDS),
};

/**
 * The Intl objects templates ask for, kept one per locale (and plural type). intl-messageformat's
 * own cache keys every lookup by JSON.stringify of its arguments, which costs more than the
 * plural choice it serves; anything else (number or date styles no template uses) is made anew.
 */
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const FORMATTERS: Formatters = {
  getNumberFormat(locales, options) {
    if (options !== undefined || typeof locales !== "string") return new Intl.NumberFormat(locales, options);
    let format = numberFormats.get(locales);
    if (!format) numberFormats.set(locales, (format = new Intl.NumberFormat(locales)));
    return format;
  },
  getDateTimeFormat: (...args) => new Intl.DateTimeFormat(...args),
  getPluralRules(locales, options) {
    // A plural element asks with { type } alone (cardinal or ordinal).
    const onlyType = options !== undefined && Object.keys(options).length === 1 && "type" in options;
    if (typeof locales !== "string" || (options !== undefined && !onlyType))
      return new Intl.PluralRules(locales, options);
    const key = `${locales}\u0000${options?.type ?? ""}`;
    let rules = pluralRules.get(key);
    if (!rules) pluralRules.set(key, (rules = new Intl.PluralRules(locales, options)));
    return rules;
  },
};

const compiled = new Map<string, IntlMessageFormat>();

function compile(template: string, tag: string): IntlMessageFormat {
  const key = `${tag}\u0000${template}`;
  let format = compiled.get(key);
  if (!format) {
    // ignoreTag: a "<" in a message is text, never rich-text markup.
    format = new IntlMessageFormat(template, tag, undefined, { ignoreTag: true, formatters: FORMATTERS });
    compiled.set(key, format);
  }
  return format;
}

function render(template: string, values: Record<string, string | number>, tag: string): string {
  return String(compile(template, tag).format(values));
}

/**
 * Each locale's mention texts, by label and (for unlabelled ones) by kind. A message may name
 * hundreds of components, mostly repeating labels ("Web server"); each is rendered once.
 * Bounded like the classifier's caches.
 */
const mentionCache = new WeakMap<MessageLocale, { labelled: Map<string, string>; unlabelled: Map<string, string> }>();
const MENTION_CACHE_LIMIT = 20_000;

function mentionText(mention: Mention, locale: MessageLocale): string {
  let cache = mentionCache.get(locale);
  if (!cache) mentionCache.set(locale, (cache = { labelled: new Map(), unlabelled: new Map() }));
  const byKey = mention.label ? cache.labelled : cache.unlabelled;
  const key = mention.label || mention.kind;
  let text = byKey.get(key);
  if (text === undefined) {
    text = mention.label
      ? render(locale.labelled, { label: mention.label }, locale.tag)
      : render(locale.unlabelled, { kind: locale.kindNouns[mention.kind] }, locale.tag);
    if (byKey.size >= MENTION_CACHE_LIMIT) byKey.clear();
    byKey.set(key, text);
  }
  return text;
}

/** How a locale joins a list: the words before, between and after its items ("A, B and C"). */
interface ListPattern {
  /** Before, between and after the two items of a pair. */
  pair: [string, string, string];
  /** A longer list: before its first item, after the first, after each middle one, before the last, after the last. */
  before: string;
  start: string;
  middle: string;
  end: string;
  after: string;
}

function joinByPattern(p: ListPattern, items: readonly string[]): string {
  if (items.length === 0) return "";
  if (items.length === 1) return items[0]!;
  if (items.length === 2) return p.pair[0] + items[0]! + p.pair[1] + items[1]! + p.pair[2];
  let out = p.before + items[0]! + p.start + items[1]!;
  for (let i = 2; i < items.length - 1; i++) out += p.middle + items[i]!;
  return out + p.end + items[items.length - 1]! + p.after;
}

/** The texts between the markers, in order, or null when they do not all appear in order. */
function between(text: string, markers: string[]): string[] | null {
  const pieces: string[] = [];
  let at = 0;
  for (const marker of markers) {
    const i = text.indexOf(marker, at);
    if (i < 0) return null;
    pieces.push(text.slice(at, i));
    at = i + marker.length;
  }
  pieces.push(text.slice(at));
  return pieces;
}

/**
 * The locale's list pattern read off Intl.ListFormat, or null when joining depends on the
 * words themselves (Spanish "y" turns "e" before "i", Hebrew adds a dash before a Latin
 * word): the pattern is kept only if it joins, exactly as Intl.ListFormat does, lists of
 * every length up to six made of the words such rules look at.
 */
function listPattern(format: Intl.ListFormat): ListPattern | null {
  const marks = ["\ue000", "\ue001", "\ue002", "\ue003"];
  const pair = between(format.format(marks.slice(0, 2)), marks.slice(0, 2));
  const four = between(format.format(marks), marks);
  if (!pair || !four) return null;
  const pattern: ListPattern = {
    pair: [pair[0]!, pair[1]!, pair[2]!],
    before: four[0]!,
    start: four[1]!,
    middle: four[2]!,
    end: four[3]!,
    after: four[4]!,
  };
  for (const word of ["i", "hi", "o", "ho", "y", "u", "8", "11", "ו", "", "A", "\u05d0"]) {
    for (let n = 0; n <= 6; n++) {
      const items = Array.from({ length: n }, (_, k) => (k % 2 ? word : `${word}${k}`));
      if (format.format(items) !== joinByPattern(pattern, items)) return null;
    }
  }
  return pattern;
}

/**
 * Each locale's list format, and its pattern when joining by pattern is exact. A message may
 * name hundreds of components; Intl.ListFormat costs tens of microseconds a list (most of a
 * rule's message), the pattern a string concatenation.
 */
const listFormats = new Map<string, { format: Intl.ListFormat; pattern: ListPattern | null }>();

function listFormat(tag: string): { format: Intl.ListFormat; pattern: ListPattern | null } {
  let list = listFormats.get(tag);
  if (!list) {
    const format = new Intl.ListFormat(tag, { style: "long", type: "conjunction" });
    listFormats.set(tag, (list = { format, pattern: listPattern(format) }));
  }
  return list;
}

/** Whether the locale's lists are joined by its pattern (else by Intl.ListFormat each time). */
export function joinsByPattern(tag: string): boolean {
  return listFormat(tag).pattern !== null;
}

function joinList(items: string[], tag: string): string {
  const list = listFormat(tag);
  return list.pattern ? joinByPattern(list.pattern, items) : list.format.format(items);
}

/** A value in words: a count as is, a list of components written out and joined. */
function valueWords(value: MessageValue, locale: MessageLocale): string | number {
  if (typeof value === "number") return value;
  return joinList(
    value.map((mention) => mentionText(mention, locale)),
    locale.tag,
  );
}

/** A rule's data in words, key by key (what a test case states, as ESLint's RuleTester does). */
export function dataWords(data: MessageData, locale: MessageLocale = ENGLISH): Record<string, string | number> {
  const words: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) if (value !== undefined) words[key] = valueWords(value, locale);
  return words;
}

/** The values a template is given: the data in words, plus `…Count` for each list. */
function messageValues(data: MessageData, locale: MessageLocale): Record<string, string | number> {
  const values = dataWords(data, locale);
  for (const [key, value] of Object.entries(data))
    if (value && typeof value !== "number") values[`${key}Count`] = value.length;
  return values;
}

/** Fills an ICU template with a rule's data; a value the template needs and lacks throws. */
export function formatMessage(template: string, data: MessageData = {}, locale: MessageLocale = ENGLISH): string {
  const text = render(template, messageValues(data, locale), locale.tag);
  return locale.finish ? locale.finish(text) : text;
}
