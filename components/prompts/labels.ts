import type { useTranslations } from "next-intl";
import type { BadgeTone } from "@/components/ui/badge";
import type { Difficulty } from "@/lib/prompts/schemas";

export type { Difficulty };

/** The prompts catalogue's translator, from useTranslations("prompts") or getTranslations("prompts"). */
export type PromptsTranslator = ReturnType<typeof useTranslations<"prompts">>;

export const DIFFICULTY_TONES: Record<Difficulty, BadgeTone> = {
  easy: "success",
  medium: "warning",
  hard: "danger",
};

/** The catalog's topics, each named in the prompts catalogue (topics.<slug>). */
const KNOWN_TOPICS = [
  "api-design",
  "availability",
  "batch-processing",
  "caching",
  "consistency",
  "content-delivery",
  "data-processing",
  "distributed-counters",
  "distributed-systems",
  "fan-out",
  "hashing",
  "id-generation",
  "load-balancing",
  "media",
  "messaging",
  "real-time",
  "reliability",
  "scalability",
  "search",
  "storage",
  "third-party-integration",
  "traffic-spikes",
  "tries",
  "websockets",
] as const;
type KnownTopic = (typeof KNOWN_TOPICS)[number];

function isKnownTopic(topic: string): topic is KnownTopic {
  return (KNOWN_TOPICS as readonly string[]).includes(topic);
}

const ACRONYMS = new Map([
  ["api", "API"],
  ["id", "ID"],
  ["cdn", "CDN"],
  ["dns", "DNS"],
  ["sql", "SQL"],
]);

/**
 * A topic's name in the reader's language. A topic the catalogue does not name (a prompt an
 * admin published with a new one) is spelt out from its slug: "load-balancing" → "Load balancing".
 */
export function topicLabel(t: PromptsTranslator, topic: string): string {
  if (isKnownTopic(topic)) return t(`topics.${topic}`);
  return topic
    .split("-")
    .map((word, index) => {
      const acronym = ACRONYMS.get(word);
      if (acronym) return acronym;
      return index === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
    })
    .join(" ");
}
