import { parse } from "@babel/parser";
import type { Expression, Node, ObjectExpression, Statement } from "@babel/types";

/** A value a config or sidebars file writes out literally: what JSON can hold. */
export type StaticValue = string | number | boolean | null | StaticValue[] | { [key: string]: StaticValue };

export type StaticObject = { [key: string]: StaticValue };

/** The value as an object (not an array, not null), or undefined. */
export function staticObject(value: StaticValue | undefined): StaticObject | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : undefined;
}

export interface StaticModule {
  /** The module's export, with every part that is not literal left out; undefined when none is. */
  value: StaticValue | undefined;
  /** Where a part was left out and why, as `path: reason` ("tagline: a call to getLocalizedConfigValue()"). */
  skipped: string[];
}

/** Deeper than this, a literal is not a config: it is left out. */
const MAX_DEPTH = 64;

/** A file that is not JavaScript or TypeScript this parser reads. */
export class StaticParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    message: string,
  ) {
    super(`${file}${line === undefined ? "" : `:${line}`}: ${message}`);
    this.name = "StaticParseError";
  }
}

/**
 * The value a JavaScript or TypeScript module exports (`export default …`, `module.exports = …`),
 * read from its source and never run: the file is a stranger's code, and a site's config often
 * imports what is not installed here. Literals, objects, arrays, template strings, `const`s of the
 * module, spreads of those, TypeScript's `as`/`satisfies`, `env.X ?? 'default'` (the default, as
 * when the variable is unset) and an exported function that returns an object literal are read;
 * anything else (a call, an import) is left out and named in `skipped`. Throws StaticParseError.
 */
export function readStaticModule(source: string, file: string): StaticModule {
  let program: Statement[];
  try {
    program = parse(source, {
      sourceType: "unambiguous",
      plugins: ["typescript", "jsx"],
      errorRecovery: false,
      sourceFilename: file,
    }).program.body;
  } catch (error) {
    const line = error instanceof SyntaxError && "loc" in error ? lineOf(error.loc) : undefined;
    throw new StaticParseError(file, line, error instanceof Error ? error.message.replace(/\s*\(\d+:\d+\)$/, "") : "");
  }
  const constants = new Map<string, Expression>();
  const functions = new Map<string, Statement[]>();
  let exported: Expression | Statement[] | undefined;
  for (const statement of program) {
    const declaration =
      statement.type === "ExportNamedDeclaration" && statement.declaration ? statement.declaration : statement;
    if (declaration.type === "VariableDeclaration") {
      for (const { id, init } of declaration.declarations)
        if (id.type === "Identifier" && init) constants.set(id.name, init);
    } else if (declaration.type === "FunctionDeclaration" && declaration.id) {
      functions.set(declaration.id.name, declaration.body.body);
    } else if (statement.type === "ExportDefaultDeclaration") {
      const value = statement.declaration;
      exported = value.type === "FunctionDeclaration" ? value.body.body : isExpression(value) ? value : undefined;
    } else if (
      statement.type === "ExpressionStatement" &&
      statement.expression.type === "AssignmentExpression" &&
      isModuleExports(statement.expression.left)
    ) {
      exported = statement.expression.right;
    }
  }
  const skipped: string[] = [];
  const reader = new StaticReader(constants, functions, skipped);
  if (exported !== undefined && !Array.isArray(exported)) exported = functionBody(exported, functions) ?? exported;
  if (exported === undefined) return { value: undefined, skipped: ["(module): no default export or module.exports"] };
  const value = Array.isArray(exported) ? reader.returned(exported, "(module)", 0) : reader.read(exported, "", 0);
  return { value, skipped };
}

class StaticReader {
  /** Constants being read, so `const a = b; const b = a` ends. */
  private readonly reading = new Set<string>();

  constructor(
    private readonly constants: ReadonlyMap<string, Expression>,
    private readonly functions: ReadonlyMap<string, Statement[]>,
    private readonly skipped: string[],
  ) {}

  read(node: Node, path: string, depth: number): StaticValue | undefined {
    if (depth > MAX_DEPTH) return this.skip(path, "nested too deep");
    switch (node.type) {
      case "StringLiteral":
      case "NumericLiteral":
      case "BooleanLiteral":
        return node.value;
      case "NullLiteral":
        return null;
      case "TemplateLiteral": {
        let text = node.quasis[0]?.value.cooked ?? "";
        for (const [index, expression] of node.expressions.entries()) {
          const part = this.read(expression, path, depth + 1);
          if (typeof part !== "string" && typeof part !== "number") return undefined;
          text += `${part}${node.quasis[index + 1]?.value.cooked ?? ""}`;
        }
        return text;
      }
      case "TSAsExpression":
      case "TSSatisfiesExpression":
      case "TSNonNullExpression":
      case "TSTypeAssertion":
      case "ParenthesizedExpression":
        return this.read(node.expression, path, depth + 1);
      case "UnaryExpression": {
        const operand = this.read(node.argument, path, depth + 1);
        if (node.operator === "-" && typeof operand === "number") return -operand;
        if (node.operator === "!" && operand !== undefined) return !operand;
        return operand === undefined ? undefined : this.skip(path, `the operator ${node.operator}`);
      }
      case "BinaryExpression": {
        if (node.operator !== "+" || node.left.type === "PrivateName")
          return this.skip(path, `the operator ${node.operator}`);
        const left = this.read(node.left, path, depth + 1);
        const right = this.read(node.right, path, depth + 1);
        if (left === undefined || right === undefined) return undefined;
        if (typeof left === "number" && typeof right === "number") return left + right;
        if (typeof left === "string" || typeof right === "string") return `${String(left)}${String(right)}`;
        return this.skip(path, "a sum of objects");
      }
      case "LogicalExpression":
        // `env.BASE_URL ?? '/'` (on `process`): what the site is built with when the variable is unset.
        if (node.operator === "??" || node.operator === "||") {
          const left = this.quietly(() => this.read(node.left, path, depth + 1));
          return left ?? this.read(node.right, path, depth + 1);
        }
        return this.skip(path, `the operator ${node.operator}`);
      case "Identifier":
        return this.constant(node.name, path, depth);
      case "ArrayExpression": {
        const items: StaticValue[] = [];
        for (const [index, element] of node.elements.entries()) {
          if (element === null) continue;
          if (element.type === "SpreadElement") {
            const spread = this.read(element.argument, `${path}[${index}]`, depth + 1);
            if (Array.isArray(spread)) items.push(...spread);
            else if (spread !== undefined) this.skip(`${path}[${index}]`, "a spread of something not an array");
            continue;
          }
          const value = this.read(element, `${path}[${index}]`, depth + 1);
          if (value !== undefined) items.push(value);
        }
        return items;
      }
      case "ObjectExpression":
        return this.object(node, path, depth);
      case "CallExpression": {
        // `sidebarPath: require.resolve('./sidebars.js')`: the module path is what the config means.
        const [argument] = node.arguments;
        if (
          calleeName(node.callee) === "require.resolve" &&
          node.arguments.length === 1 &&
          argument?.type === "StringLiteral"
        ) {
          return argument.value;
        }
        return this.skip(path, `a call to ${calleeName(node.callee)}()`);
      }
      case "ArrowFunctionExpression":
      case "FunctionExpression":
        return this.skip(path, "a function");
      default:
        return this.skip(path, describe(node.type));
    }
  }

  /** The object literal an exported function's body returns last (`return { … }`). */
  returned(body: Statement[], path: string, depth: number): StaticValue | undefined {
    const last = body.findLast((statement) => statement.type === "ReturnStatement");
    if (last?.type !== "ReturnStatement" || !last.argument)
      return this.skip(path, "a function that returns nothing literal");
    return this.read(last.argument, "", depth + 1);
  }

  private object(node: ObjectExpression, path: string, depth: number): StaticValue {
    const value: StaticObject = {};
    for (const property of node.properties) {
      if (property.type === "SpreadElement") {
        const spread = this.read(property.argument, path, depth + 1);
        if (spread !== null && typeof spread === "object" && !Array.isArray(spread)) Object.assign(value, spread);
        else if (spread !== undefined) this.skip(path, "a spread of something not an object");
        continue;
      }
      const key = keyOf(property.key, property.computed);
      const at = path === "" ? (key ?? "?") : `${path}.${key ?? "?"}`;
      if (key === undefined) {
        this.skip(at, "a computed key");
      } else if (property.type === "ObjectMethod") {
        this.skip(at, "a function");
      } else if (isExpression(property.value)) {
        const read = this.read(property.value, at, depth + 1);
        // `__proto__` as a key would set the prototype, not a property.
        if (read !== undefined && key !== "__proto__") value[key] = read;
      }
    }
    return value;
  }

  private constant(name: string, path: string, depth: number): StaticValue | undefined {
    const init = this.constants.get(name);
    if (init === undefined || this.reading.has(name)) {
      return this.skip(
        path,
        this.functions.has(name) ? `the function ${name}` : `${name}, which is not a literal of this file`,
      );
    }
    this.reading.add(name);
    try {
      return this.read(init, path, depth + 1);
    } finally {
      this.reading.delete(name);
    }
  }

  /** Reads without reporting what was left out: for the left of `??`, whose default is read instead. */
  private quietly(read: () => StaticValue | undefined): StaticValue | undefined {
    const before = this.skipped.length;
    const value = read();
    this.skipped.length = before;
    return value;
  }

  private skip(path: string, reason: string): undefined {
    this.skipped.push(`${path === "" ? "(module)" : path}: ${reason}`);
    return undefined;
  }
}

/** The statements of an exported function (`export default createConfig`, `module.exports = () => ({…})`), to read what it returns. */
function functionBody(exported: Expression, functions: ReadonlyMap<string, Statement[]>): Statement[] | undefined {
  if (exported.type === "Identifier") return functions.get(exported.name);
  if (exported.type !== "ArrowFunctionExpression" && exported.type !== "FunctionExpression") return undefined;
  const body = exported.body;
  return body.type === "BlockStatement" ? body.body : [{ type: "ReturnStatement", argument: body }];
}

function keyOf(key: Node, computed: boolean): string | undefined {
  if (!computed && key.type === "Identifier") return key.name;
  if (key.type === "StringLiteral") return key.value;
  if (key.type === "NumericLiteral") return String(key.value);
  return undefined;
}

function isModuleExports(node: Node): boolean {
  return (
    node.type === "MemberExpression" &&
    node.object.type === "Identifier" &&
    node.object.name === "module" &&
    node.property.type === "Identifier" &&
    node.property.name === "exports"
  );
}

function isExpression(node: Node): node is Expression {
  return !node.type.endsWith("Declaration") && node.type !== "PrivateName" && node.type !== "ArgumentPlaceholder";
}

/** What a call calls, as the reader of the config wrote it: `translate`, `path.join`, `(…).getFullYear`. */
function calleeName(callee: Node): string {
  if (callee.type === "Identifier") return callee.name;
  if (callee.type === "MemberExpression" && callee.property.type === "Identifier") {
    const named = callee.object.type === "Identifier" || callee.object.type === "MemberExpression";
    return `${named ? calleeName(callee.object) : "(…)"}.${callee.property.name}`;
  }
  return "(…)";
}

/** `ConditionalExpression` → "a conditional expression". */
function describe(type: string): string {
  const words = type
    .replace(/^TS/, "TypeScript ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return `${/^[aeiou]/.test(words) ? "an" : "a"} ${words}`;
}

function lineOf(loc: unknown): number | undefined {
  return typeof loc === "object" && loc !== null && "line" in loc && typeof loc.line === "number"
    ? loc.line
    : undefined;
}
