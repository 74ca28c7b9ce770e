import type { Expression, Program } from "estree";

export type LiteralValue = string | number | boolean | null | LiteralValue[] | { [key: string]: LiteralValue };

export type Evaluation =
  /** The expression is only comments (`{/* … *\/}`): nothing to show, nothing lost. */
  { kind: "empty" } | { kind: "value"; value: LiteralValue } | { kind: "unsupported" };

/**
 * Evaluates what a static page can know without running code: literals,
 * template literals without substitutions, arrays and objects of them, and the
 * Docusaurus asset idioms `require('…').default`, `useBaseUrl('…')` and an
 * imported name (which stands for its import's source, e.g. an image file).
 */
export function evaluateProgram(program: Program | null | undefined, imports: ReadonlyMap<string, string>): Evaluation {
  if (program === null || program === undefined) return { kind: "unsupported" };
  if (program.body.length === 0) return { kind: "empty" };
  const [statement] = program.body;
  if (program.body.length !== 1 || statement?.type !== "ExpressionStatement") return { kind: "unsupported" };
  const value = evaluateExpression(statement.expression, imports);
  return value === undefined ? { kind: "unsupported" } : { kind: "value", value };
}

function evaluateExpression(node: Expression, imports: ReadonlyMap<string, string>): LiteralValue | undefined {
  switch (node.type) {
    case "Literal":
      if ("regex" in node || "bigint" in node) return undefined;
      return node.value === undefined ? undefined : literal(node.value);
    case "TemplateLiteral":
      if (node.expressions.length > 0) return undefined;
      return node.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw).join("");
    case "UnaryExpression": {
      if (node.operator !== "-") return undefined;
      const value = evaluateExpression(node.argument, imports);
      return typeof value === "number" ? -value : undefined;
    }
    case "ArrayExpression": {
      const values: LiteralValue[] = [];
      for (const element of node.elements) {
        if (element === null || element.type === "SpreadElement") return undefined;
        const value = evaluateExpression(element, imports);
        if (value === undefined) return undefined;
        values.push(value);
      }
      return values;
    }
    case "ObjectExpression": {
      const object: { [key: string]: LiteralValue } = {};
      for (const property of node.properties) {
        if (property.type !== "Property" || property.computed || property.kind !== "init") return undefined;
        const key =
          property.key.type === "Identifier"
            ? property.key.name
            : property.key.type === "Literal"
              ? String(property.key.value)
              : undefined;
        if (key === undefined || property.value.type === "AssignmentPattern") return undefined;
        if (!isExpression(property.value)) return undefined;
        const value = evaluateExpression(property.value, imports);
        if (value === undefined) return undefined;
        object[key] = value;
      }
      return object;
    }
    case "Identifier":
      return imports.get(node.name);
    case "MemberExpression":
      // require('@site/static/img/x.png').default is the file's URL.
      if (node.property.type === "Identifier" && node.property.name === "default" && !node.computed) {
        return node.object.type === "Super" ? undefined : evaluateExpression(node.object, imports);
      }
      return undefined;
    case "CallExpression": {
      if (node.callee.type !== "Identifier" || !["require", "useBaseUrl"].includes(node.callee.name)) return undefined;
      const [argument] = node.arguments;
      if (argument === undefined || argument.type === "SpreadElement") return undefined;
      const value = evaluateExpression(argument, imports);
      return typeof value === "string" ? value : undefined;
    }
    default:
      return undefined;
  }
}

function literal(value: string | number | boolean | null | RegExp | bigint): LiteralValue | undefined {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === null)
    return value;
  return undefined;
}

function isExpression(node: { type: string }): node is Expression {
  return !["ObjectPattern", "ArrayPattern", "RestElement", "AssignmentPattern"].includes(node.type);
}

/** How React shows a literal child: `{' '}` is a space, `{42}` is "42", `{true}`/`{null}` nothing; objects are not text. */
export function literalText(value: LiteralValue): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean" || value === null) return "";
  return undefined;
}
