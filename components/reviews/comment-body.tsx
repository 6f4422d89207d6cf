import { Fragment, type ReactNode } from "react";
import { parseCommentMarkdown, type Inline } from "@/lib/reviews/markdown";

function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.type) {
      case "text":
        return <Fragment key={index}>{node.text}</Fragment>;
      case "code":
        return (
          <code key={index} className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.85em] text-slate-800">
            {node.text}
          </code>
        );
      case "strong":
        return <strong key={index}>{renderInline(node.children)}</strong>;
      case "em":
        return <em key={index}>{renderInline(node.children)}</em>;
      case "link":
        return (
          <a
            key={index}
            href={node.href}
            rel="noopener nofollow"
            target="_blank"
            className="font-medium text-indigo-700 underline hover:text-indigo-600"
          >
            {renderInline(node.children)}
          </a>
        );
    }
  });
}

/** A comment's Markdown subset as React elements: never HTML, so nothing in a body can run. */
export function CommentBody({ body }: { body: string }) {
  return (
    <div className="space-y-2 text-sm leading-relaxed break-words text-slate-800">
      {parseCommentMarkdown(body).map((block, index) =>
        block.type === "paragraph" ? (
          <p key={index}>
            {block.lines.map((line, i) => (
              <Fragment key={i}>
                {i > 0 ? <br /> : null}
                {renderInline(line)}
              </Fragment>
            ))}
          </p>
        ) : (
          <ul key={index} className="list-disc space-y-1 pl-5">
            {block.items.map((item, i) => (
              <li key={i}>{renderInline(item)}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
