// The grader's reading in words (lib/interviews/client/reading-words.ts gives the data): one
// sentence per component, one per connection made from a loose arrow end. Pure, given the
// translator of the "reading" namespace, so tests word it in both languages.
import type { useTranslations } from "next-intl";
import type { ComponentKind } from "@/lib/grading/contract";
import { kindWords, type GradingLanguage } from "@/lib/grading/locales";
import { attachParticles } from "@/lib/grading/locales/korean-particles";
import type { EndJson } from "@/lib/grading/types";
import type { EndName, Guess, LooseConnection, Reading } from "@/lib/interviews/client/reading-words";

export type ReadingTranslator = ReturnType<typeof useTranslations<"reading">>;

/**
 * A finished sentence in the reader's language. Korean particles after a label or a kind depend
 * on its last sound, so the catalogue writes both forms ("{kind}(으)로") and this picks one.
 */
export function finish(text: string, language: GradingLanguage): string {
  return language === "ko" ? attachParticles(text) : text;
}

/** "an API gateway", "a cache" in English (the sound decides, so acronyms read letter by letter); the noun elsewhere. */
export function kindPhrase(kind: ComponentKind, language: GradingLanguage): string {
  const noun = kindWords(language)[kind].noun;
  if (language !== "en") return noun;
  const vowelSound = /^(?:[aeiou]|API|SQL)/i.test(noun) && !/^(?:user|uni)/i.test(noun);
  return `${vowelSound ? "an" : "a"} ${noun}`;
}

function guessText(t: ReadingTranslator, guess: Guess): string {
  if (guess.id === "text") return guess.text;
  if ("label" in guess) return t(`guess.${guess.id}`, { label: guess.label });
  return t(`guess.${guess.id}`);
}

function listOf(items: string[], language: GradingLanguage): string {
  return new Intl.ListFormat(language, { style: "long", type: "conjunction" }).format(items);
}

/** One sentence on how a component's kind was read ("Read from its label, corrected from “Kafak”."). */
export function readingText(t: ReadingTranslator, reading: Reading, language: GradingLanguage): string {
  switch (reading.kind) {
    case "tagged":
      return finish(t("tagged", { kind: kindPhrase(reading.as, language) }), language);
    case "palette":
      return t("palette");
    case "noKind":
      return reading.guess ? t("noKindGuessed", { guess: guessText(t, reading.guess) }) : t("noKind");
    case "read": {
      const parts: string[] = [];
      if (reading.from) {
        const from = t(`from.${reading.from}`);
        parts.push(reading.words ? t("fromWords", { from, words: reading.words }) : from);
      } else parts.push(reading.guess ? t("guessed", { guess: guessText(t, reading.guess) }) : t("guessedBare"));
      if (reading.corrected.length)
        parts.push(t("corrected", { list: reading.corrected.map((text) => t("quoted", { text })).join(", ") }));
      if (reading.also.length)
        parts.push(
          t("also", {
            list: listOf(
              reading.also.map((kind) => kindPhrase(kind, language)),
              language,
            ),
          }),
        );
      return finish(t("sentence", { parts: parts.join(", ") }), language);
    }
  }
}

/** How a connection's end is named: its label in quotes, else "an unlabelled cache". */
export function endNameText(t: ReadingTranslator, name: EndName, language: GradingLanguage): string {
  if (!name) return t("someComponent");
  if ("label" in name) return t("quoted", { text: name.label });
  return t("unlabelled", { kind: kindWords(language)[name.kind].noun });
}

/** "Inferred from a loose end: its start stops near “API server” and its end stops near “Postgres”." */
export function looseText(t: ReadingTranslator, connection: LooseConnection, language: GradingLanguage): string {
  const end = (which: "start" | "end", how: EndJson, name: EndName) =>
    how === "bound" ? null : t(`ends.${how}`, { which, name: endNameText(t, name, language) });
  const said = [end("start", connection.ends.from, connection.from), end("end", connection.ends.to, connection.to)];
  const [first, second] = said.filter((text): text is string => text !== null);
  if (!first) return "";
  return finish(second ? t("looseBoth", { first, second }) : t("looseOne", { first }), language);
}
