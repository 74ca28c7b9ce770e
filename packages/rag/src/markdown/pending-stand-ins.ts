/**
 * Stand-ins for the "book" and "code" helpers' modules (see the issue 10
 * contract) until they land on main; deleted then.
 */
import type { Element } from "hast";

export type LinkTarget =
  | { kind: "page"; href: string }
  | { kind: "external"; href: string }
  | { kind: "asset"; absolutePath: string }
  | { kind: "unresolved"; reason: string };
export type AssetTarget =
  | { kind: "file"; absolutePath: string }
  | { kind: "external"; href: string }
  | { kind: "missing"; reason: string };
export interface LinkResolver {
  resolveLink(fromSourcePath: string, href: string): LinkTarget;
  resolveAsset(fromSourcePath: string, src: string): AssetTarget;
}

export interface CodeBlockInput {
  lang: string | null | undefined;
  meta: string | null | undefined;
  value: string;
  title?: string;
  showLineNumbers?: boolean;
}
export interface RenderedCodeBlock {
  element: Element;
  text: string;
}
export function renderCodeBlock(input: CodeBlockInput, _ids: { next(): number }): RenderedCodeBlock | undefined {
  const language = input.lang ?? "text";
  return {
    text: input.value,
    element: {
      type: "element",
      tagName: "figure",
      properties: { className: ["code-block"], dataLanguage: language },
      children: [
        {
          type: "element",
          tagName: "pre",
          properties: { tabIndex: 0, className: ["hljs", `language-${language}`] },
          children: [{ type: "element", tagName: "code", properties: {}, children: [{ type: "text", value: input.value }] }],
        },
      ],
    },
  };
}
