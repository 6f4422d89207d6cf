// The interface catalogues (lib/i18n/messages): Korean and English hold the same keys, each
// message takes the same ICU arguments in both and parses in its language, and every key is
// used by some screen (a dead key is a string nobody reads, in two languages).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";

type Ast = ReturnType<IntlMessageFormat["getAst"]>;
const LITERAL = 0;
const POUND = 7;

/** Every leaf of a catalogue as "namespace.path.key" → message. */
function flatten(tree: object, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const id = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(id, value);
    else for (const [leaf, text] of flatten(value as object, id)) out.set(leaf, text);
  }
  return out;
}

/** The argument names a message reads, with their ICU type (plural, select, number, date…). */
function icuArguments(message: string, locale: string): string[] {
  const found = new Set<string>();
  const walk = (elements: Ast) => {
    for (const element of elements) {
      const type = Number(element.type);
      if (type !== LITERAL && type !== POUND && "value" in element && typeof element.value === "string")
        found.add(`${element.value}:${type}`);
      if ("options" in element)
        for (const option of Object.values(element.options as Record<string, { value: Ast }>)) walk(option.value);
      if ("children" in element) walk(element.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return [...found].sort();
}

const english = flatten(MESSAGES.en);

describe("interface catalogues", () => {
  for (const locale of LOCALES) {
    it(`${locale} has exactly the English keys`, () => {
      const keys = [...flatten(MESSAGES[locale]).keys()].sort();
      expect(keys).toEqual([...english.keys()].sort());
    });

    it(`${locale} messages parse and take the English message's arguments`, () => {
      const messages = flatten(MESSAGES[locale]);
      const mismatched: string[] = [];
      for (const [key, message] of messages) {
        const expected = icuArguments(english.get(key) ?? "", "en");
        const actual = icuArguments(message, locale);
        if (expected.join() !== actual.join()) mismatched.push(`${key}: ${actual.join()} ≠ ${expected.join()}`);
      }
      expect(mismatched).toEqual([]);
    });
  }

  it("has no empty message", () => {
    const empty = LOCALES.flatMap((locale) =>
      [...flatten(MESSAGES[locale])].filter(([, text]) => !text.trim()).map(([key]) => `${locale}:${key}`),
    );
    expect(empty).toEqual([]);
  });
});

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SOURCE_DIRS = ["app", "components", "lib"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe("every key is used", () => {
  const source = SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
    .map((file) => readFileSync(file, "utf8"))
    .join("\n");

  it("names each key in the code, whole or under a dynamic prefix", () => {
    // A key is used when its path after some namespace prefix is quoted in the code
    // (t("form.email") under useTranslations("auth")), or a parent is used with a computed
    // leaf (t(`phases.${phase}`)) or handed over as a whole (a label of a typed key union).
    const unused = [...english.keys()].filter((key) => {
      const parts = key.split(".");
      for (let start = 1; start < parts.length; start++) {
        const rest = parts.slice(start).join(".");
        if (source.includes(`"${rest}"`) || source.includes(`'${rest}'`)) return false;
      }
      for (let end = parts.length - 1; end >= 1; end--) {
        const parent = parts.slice(1, end).join(".");
        if (parent && source.includes(`\`${parent}.\${`)) return false;
      }
      return true;
    });
    expect(unused).toEqual([]);
  });
});
