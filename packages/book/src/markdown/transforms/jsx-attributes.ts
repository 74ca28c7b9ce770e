import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx";
import { evaluateProgram, type LiteralValue } from "../evaluate-literal";
import type { TransformContext } from "../transform-context";

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * A component's props as values: `a="x"` → "x", `a` → true, `a={…}` when it
 * can be evaluated. Props that cannot be (`{props.x}`, spreads) are dropped and
 * counted, unless `quiet` (props a transform does not use are nobody's loss).
 */
export function readAttributes(
  node: JsxElement,
  context: TransformContext,
  options: { quiet?: boolean } = {},
): Map<string, LiteralValue> {
  const values = new Map<string, LiteralValue>();
  for (const attribute of node.attributes) {
    if (attribute.type === "mdxJsxExpressionAttribute") {
      if (!options.quiet)
        context.warn("dropped-mdx", node, `spread props {${attribute.value}} on <${node.name}> dropped`);
      continue;
    }
    const { value } = attribute;
    if (value === null || value === undefined) {
      values.set(attribute.name, true);
    } else if (typeof value === "string") {
      values.set(attribute.name, value);
    } else {
      const evaluated = evaluateProgram(value.data?.estree, context.imports);
      if (evaluated.kind === "value") values.set(attribute.name, evaluated.value);
      else if (evaluated.kind === "unsupported" && !options.quiet)
        context.warn("dropped-mdx", node, `prop ${attribute.name}={${shorten(value.value)}} on <${node.name}> dropped`);
    }
  }
  return values;
}

export function stringValue(value: LiteralValue | undefined): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return undefined;
}

export function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
