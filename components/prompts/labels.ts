import type { BadgeTone } from "@/components/ui/badge";
import type { Difficulty } from "@/lib/prompts/schemas";

export type { Difficulty };

export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
  easy: "Easy",
  medium: "Medium",
  hard: "Hard",
};

export const DIFFICULTY_TONES: Record<Difficulty, BadgeTone> = {
  easy: "success",
  medium: "warning",
  hard: "danger",
};

const ACRONYMS = new Map([
  ["api", "API"],
  ["id", "ID"],
  ["cdn", "CDN"],
  ["dns", "DNS"],
  ["sql", "SQL"],
]);

const SPECIAL_TOPICS = new Map([
  ["fan-out", "Fan-out"],
  ["real-time", "Real-time"],
  ["websockets", "WebSockets"],
  ["third-party-integration", "Third-party integration"],
]);

/** "load-balancing" → "Load balancing", "api-design" → "API design". */
export function topicLabel(topic: string): string {
  const special = SPECIAL_TOPICS.get(topic);
  if (special) return special;
  return topic
    .split("-")
    .map((word, index) => {
      const acronym = ACRONYMS.get(word);
      if (acronym) return acronym;
      return index === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
    })
    .join(" ");
}

export function durationLabel(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
