import type { BlockContent, DefinitionContent, RootContent } from "mdast";
import type { MdxJsxAttribute } from "mdast-util-mdx";
import type { LiteralValue } from "../evaluate-literal";
import type { TransformContext } from "../transform-context";
import { apiTable } from "./api-table";
import { codeComponentKind, codeFromComponent } from "./code-block-component";
import { componentTitle } from "./component-title";
import { type JsxElement, readAttributes, stringValue } from "./jsx-attributes";
import { iframeLink, knownComponent } from "./known-components";

const IMAGE_SOURCE = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|bmp)$/i;
// React props that make no sense in a static, sanitised article.
const DROPPED_PROPS = new Set(["style", "key", "ref"]);

/**
 * Every JSX element the other transforms did not take: `<details>`, Docusaurus's
 * `<CodeBlock>` and `<Code>`, `<TOCInline>`, `<DocCardList>`, `<APITable>`,
 * lowercase HTML elements (kept, with literal props), images imported as
 * components, and unknown components, which show their children (in a plain div
 * when they are blocks, their `title` first): never their source, never nothing.
 */
export function rewriteJsxElement(node: RootContent, context: TransformContext): RootContent[] | undefined {
  if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return undefined;
  const { name } = node;
  if (name === null) return node.children;
  if (name === "iframe") return iframeLink(node, context);
  if (isHtmlName(name)) return htmlElement(node, context);
  const codeKind = codeComponentKind(name, context);
  if (codeKind !== undefined) return [codeFromComponent(node, codeKind, context)];
  switch (name) {
    case "TOCInline": {
      const props = readAttributes(node, context, { quiet: true });
      const min = props.get("minHeadingLevel");
      const max = props.get("maxHeadingLevel");
      return [
        {
          type: "tocInline",
          minDepth: typeof min === "number" ? min : 2,
          maxDepth: typeof max === "number" ? max : 3,
          position: node.position,
        },
      ];
    }
    case "APITable":
      return apiTable(node, context);
    case "DocCardList":
      return [{ type: "docCardList", position: node.position }];
    case "Details":
      return [detailsFromComponent(node, context)];
  }
  const image = imageComponent(node, context) ?? knownComponent(node, context);
  if (image !== undefined) return [image];
  // Once per component and file: a page using <APITable> ten times has one thing to fix, not ten.
  if (!context.warnedComponents.has(name)) {
    context.warnedComponents.add(name);
    context.warn("dropped-mdx", node, `component <${name}> is not known: its content is shown without it`);
  }
  if (node.type === "mdxJsxTextElement") return node.children;
  const title = componentTitle(node, context);
  return [
    { ...node, name: "div", attributes: [], children: title === undefined ? node.children : [title, ...node.children] },
  ];
}

// JSX's rule: a lowercase first letter is an intrinsic element (`div`, SVG's `clipPath`), not a component.
function isHtmlName(name: string): boolean {
  return /^[a-z][A-Za-z0-9-]*$/.test(name);
}

function htmlElement(node: JsxElement, context: TransformContext): RootContent[] {
  const props = readAttributes(node, context, { quiet: true });
  const attributes: MdxJsxAttribute[] = [];
  for (const [key, value] of props) {
    if (DROPPED_PROPS.has(key) || key.startsWith("on")) continue;
    const attribute = literalAttribute(key === "class" ? "className" : key, value);
    if (attribute !== undefined) attributes.push(attribute);
  }
  node.attributes = attributes;
  // Returned as is, it would be visited again: only its children need transforming.
  return [node];
}

function literalAttribute(name: string, value: LiteralValue): MdxJsxAttribute | undefined {
  if (value === true) return { type: "mdxJsxAttribute", name, value: null };
  if (typeof value === "string" || typeof value === "number")
    return { type: "mdxJsxAttribute", name, value: String(value) };
  return undefined;
}

function detailsFromComponent(node: JsxElement, context: TransformContext): RootContent {
  const summary = stringValue(readAttributes(node, context, { quiet: true }).get("summary"));
  const body: Array<BlockContent | DefinitionContent> =
    node.type === "mdxJsxTextElement" ? [{ type: "paragraph", children: node.children }] : node.children;
  const children: Array<BlockContent | DefinitionContent> =
    summary === undefined
      ? body
      : [
          {
            type: "mdxJsxFlowElement",
            name: "summary",
            attributes: [],
            children: [{ type: "paragraph", children: [{ type: "text", value: summary }] }],
          },
          ...body,
        ];
  return { type: "mdxJsxFlowElement", name: "details", attributes: [], children, position: node.position };
}

/** `import Logo from './logo.svg'` then `<Logo />`, or `<Image img={require('./x.png')} />`: an image. */
function imageComponent(node: JsxElement, context: TransformContext): RootContent | undefined {
  const imported = node.name === null ? undefined : context.imports.get(node.name);
  const props = readAttributes(node, context, { quiet: true });
  const src =
    imported !== undefined && IMAGE_SOURCE.test(imported)
      ? imported
      : [props.get("img"), props.get("src"), lightSource(props.get("sources"))]
          .map(stringValue)
          .find((value) => value !== undefined);
  if (src === undefined || !IMAGE_SOURCE.test(src)) return undefined;
  const alt = stringValue(props.get("alt")) ?? stringValue(props.get("title")) ?? "";
  const image: RootContent = { type: "image", url: src, alt, position: node.position };
  return node.type === "mdxJsxTextElement" ? image : { type: "paragraph", children: [image], position: node.position };
}

/** `<ThemedImage sources={{light, dark}}>`: the light one (the article has no theme of its own at ingest). */
function lightSource(sources: LiteralValue | undefined): LiteralValue | undefined {
  if (typeof sources !== "object" || sources === null || Array.isArray(sources)) return undefined;
  return sources.light;
}
