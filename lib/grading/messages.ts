// From a rule's message id and data to words (docs/grading.md §3, "Messages"). Templates are
// ICU MessageFormat, so grammar (plurals, "is"/"are") lives in the template and never in the
// data: a rule's data holds only counts and the components it names. Another language has
// its own templates and a MessageLocale in ./locales, and nothing in the rules.
import { IntlMessageFormat } from "intl-messageformat";
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

const compiled = new Map<string, IntlMessageFormat>();

function compile(template: string, tag: string): IntlMessageFormat {
  const key = `${tag}\u0000${template}`;
  let format = compiled.get(key);
  if (!format) {
    // ignoreTag: a "<" in a message is text, never rich-text markup.
    format = new IntlMessageFormat(template, tag, undefined, { ignoreTag: true });
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

const listFormats = new Map<string, Intl.ListFormat>();

function joinList(items: string[], tag: string): string {
  let format = listFormats.get(tag);
  if (!format) listFormats.set(tag, (format = new Intl.ListFormat(tag, { style: "long", type: "conjunction" })));
  return format.format(items);
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
