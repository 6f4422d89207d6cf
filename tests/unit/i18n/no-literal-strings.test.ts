// No words for people outside the catalogues: JSX text, and the attributes people read or hear
// (aria-label, title, placeholder, alt), in app/ and components/ must come from next-intl.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const READ_ATTRIBUTES = new Set(["aria-label", "aria-description", "title", "placeholder", "alt", "label"]);
/** Words that are the same in every language: the product's name. */
const SAME_IN_EVERY_LANGUAGE = new Set(["Scaleboard"]);
const WORD = /[A-Za-z\uAC00-\uD7A3]{2,}/;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return tsxFiles(full);
    return name.endsWith(".tsx") ? [full] : [];
  });
}

function isWords(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => !SAME_IN_EVERY_LANGUAGE.has(word));
  return WORD.test(words.join(" "));
}

/** "file:line: text" for each literal a person would read. */
export function literalStrings(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${path.relative(ROOT, file)}:${line + 1}: ${text.replace(/\s+/g, " ").trim()}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && isWords(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression
          : null;
      if (literal && isWords(literal.text)) report(node, literal.text);
    }
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      ts.isStringLiteralLike(node.expression) &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) &&
      isWords(node.expression.text)
    )
      report(node, node.expression.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Folders (or single files) whose screens still speak English only. Empty when the whole product
 * is bilingual; an entry leaves this list when its last literal moves into lib/i18n/messages.
 */
const NOT_YET_TRANSLATED: string[] = ["components/testing"];

describe("no literal strings in the interface", () => {
  const files = ["app", "components"].flatMap((dir) => tsxFiles(path.join(ROOT, dir)));
  const pending = (file: string) =>
    NOT_YET_TRANSLATED.some((entry) => {
      const relative = path.relative(ROOT, file);
      return relative === entry || relative.startsWith(`${entry}/`);
    });

  it("finds the literals it looks for", () => {
    const probe = path.join(ROOT, "tests/fixtures/i18n/literal-strings.tsx");
    expect(literalStrings(probe).map((line) => line.split(": ").slice(1).join(": "))).toEqual([
      "Save your drawing",
      "Close dialog",
      "Search prompts",
      "지금 제출",
    ]);
  });

  it("leaves every translated screen without one", () => {
    expect(files.filter((file) => !pending(file)).flatMap(literalStrings)).toEqual([]);
  });
});
