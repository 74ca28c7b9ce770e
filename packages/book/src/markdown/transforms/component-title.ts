import type { Paragraph } from "mdast";
import type { TransformContext } from "../transform-context";
import { type JsxElement, readAttributes, stringValue } from "./jsx-attributes";

/**
 * An unknown block component's `title` prop as the label its site component shows above the
 * content (`<DetailedExplanation title="Why?">`): a paragraph of bold text, classed so the SPA may
 * style it, readable without it. Text only: the title is escaped like any other text.
 */
export function componentTitle(node: JsxElement, context: TransformContext): Paragraph | undefined {
  const title = stringValue(readAttributes(node, context, { quiet: true }).get("title"))?.trim();
  if (title === undefined || title === "") return undefined;
  return {
    type: "paragraph",
    children: [{ type: "strong", children: [{ type: "text", value: title }] }],
    position: node.position,
    data: { hProperties: { className: ["component-title"] } },
  };
}
