import type { Locator } from "@playwright/test";
import { PROMPT_CATALOG } from "@/lib/prompts/catalog";

// What the Korean browser tests (i18n-*.spec.ts) call untranslated: English sentences left in
// a region of a Korean page.

/** Every string of the prompt catalog: prompt content, translated elsewhere, is not these tests' to judge. */
function catalogStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(catalogStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(catalogStrings);
  return [];
}
const PROMPT_CONTENT = catalogStrings(PROMPT_CATALOG);

/** Three English words in a row: a sentence (or a phrase) nobody translated. Single words (Redis, CDN, API) pass. */
const ENGLISH_RUN = /[A-Za-z]{2,}(?:[\s,:;'’-]+[A-Za-z]{2,}){2,}/;

/**
 * The English runs left in a region's text, read node by node (screen-reader-only text, titles
 * and descriptions of charts included), leaving out code samples, prompt content and the
 * given strings (names, emails, what users wrote). Longest first, so a string is never cut
 * by a shorter one it contains.
 */
export async function englishLeft(region: Locator, known: string[] = []): Promise<string[]> {
  const texts = await region.evaluate((element) => {
    const clone = element.cloneNode(true) as HTMLElement;
    clone.querySelectorAll("pre, code, script, style, noscript").forEach((node) => node.remove());
    const walker = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    while (walker.nextNode()) found.push(walker.currentNode.nodeValue ?? "");
    return found;
  });
  const skip = [...known, ...PROMPT_CONTENT].sort((a, b) => b.length - a.length);
  return texts
    .map((text) => skip.reduce((rest, content) => rest.split(content).join(" "), text))
    .filter((text) => ENGLISH_RUN.test(text))
    .map((text) => text.trim());
}
