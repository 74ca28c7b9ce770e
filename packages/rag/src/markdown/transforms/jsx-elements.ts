import type { BlockContent, DefinitionContent, RootContent } from "mdast";
import type { MdxJsxAttribute } from "mdast-util-mdx";
import { toString as plainText } from "mdast-util-to-string";
import { evaluateProgram, type LiteralValue } from "../evaluate-literal";
import type { TransformContext } from "../transform-context";
import { type JsxElement, readAttributes, stringValue } from "./jsx-attributes";
import { iframeLink, knownComponent } from "./known-components";

const IMAGE_SOURCE = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|bmp)$/i;
// React props that make no sense in a static, sanitised article.
const DROPPED_PROPS = new Set(["style", "key", "ref"]);

/**
 * Every JSX element the other transforms did not take: `<details>`, Docusaurus's
 * `<CodeBlock>`, `<TOCInline>`, `<DocCardList>`, lowercase HTML elements (kept,
 * with literal props), images imported as components, and unknown components,
 * which show their children (in a plain div when they are blocks): never their
 * source, never nothing.
 */
export function rewriteJsxElement(node: RootContent, context: TransformContext): RootContent[] | undefined {
  if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return undefined;
  const { name } = node;
  if (name === null) return node.children;
  if (name === "iframe") return iframeLink(node, context);
  if (isHtmlName(name)) return htmlElement(node, context);
  switch (name) {
    case "CodeBlock":
      return [codeBlock(node, context)];
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
  return [{ ...node, name: "div", attributes: [] }];
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

function codeBlock(node: JsxElement, context: TransformContext): RootContent {
  const props = readAttributes(node, context, { quiet: true });
  const language = stringValue(props.get("language")) ?? stringValue(props.get("className"))?.replace(/^language-/, "");
  const title = stringValue(props.get("title"));
  return {
    type: "code",
    lang: language ?? null,
    meta: null,
    value: codeText(node.children, context).replace(/^\n+|\s+$/g, ""),
    position: node.position,
    data: { pwCodeTitle: title, pwShowLineNumbers: props.get("showLineNumbers") === true },
  };
}

// `<CodeBlock>{`…`}</CodeBlock>` holds its code as a template literal; plain children are taken as text.
function codeText(children: RootContent[], context: TransformContext): string {
  return children
    .map((child) => {
      if (child.type === "mdxFlowExpression" || child.type === "mdxTextExpression") {
        const evaluated = evaluateProgram(child.data?.estree, context.imports);
        return evaluated.kind === "value" && typeof evaluated.value === "string" ? evaluated.value : "";
      }
      if (child.type === "paragraph") return codeText(child.children, context);
      return plainText(child);
    })
    .join("");
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
