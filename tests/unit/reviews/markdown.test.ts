import { describe, expect, it } from "vitest";
import { parseCommentMarkdown, parseInline } from "@/lib/reviews/markdown";

describe("comment Markdown subset", () => {
  it("reads emphasis, code and safe links", () => {
    expect(parseInline("Use **two** *replicas* and `READ COMMITTED`, see [docs](https://example.com/a).")).toEqual([
      { type: "text", text: "Use " },
      { type: "strong", children: [{ type: "text", text: "two" }] },
      { type: "text", text: " " },
      { type: "em", children: [{ type: "text", text: "replicas" }] },
      { type: "text", text: " and " },
      { type: "code", text: "READ COMMITTED" },
      { type: "text", text: ", see " },
      { type: "link", href: "https://example.com/a", children: [{ type: "text", text: "docs" }] },
      { type: "text", text: "." },
    ]);
  });

  it("keeps HTML and unsafe links as plain text", () => {
    expect(parseInline('<img src=x onerror="alert(1)"> [x](javascript:alert(1))')).toEqual([
      { type: "text", text: '<img src=x onerror="alert(1)"> [x](javascript:alert(1))' },
    ]);
  });

  it("splits paragraphs, line breaks and lists", () => {
    const blocks = parseCommentMarkdown("First line\nsecond line\n\n- one\n- two\nAfter");
    expect(blocks.map((b) => b.type)).toEqual(["paragraph", "list", "paragraph"]);
    expect(blocks[0]).toMatchObject({ lines: [[{ text: "First line" }], [{ text: "second line" }]] });
    expect(blocks[1]).toMatchObject({ items: [[{ text: "one" }], [{ text: "two" }]] });
  });
});
