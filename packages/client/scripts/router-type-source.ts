/**
 * Writes @pagewise/api's `AppRouter` out as a type that stands alone: every procedure's input,
 * output and the error shape spelled out as plain object types, on top of @trpc/server's public
 * router types. The real router's type reaches kysely, better-auth, zod and the server's context;
 * a consumer of @pagewise/client should type-check none of that.
 *
 * TypeScript's own declaration emit cannot do this (it writes names such as `Citation` or
 * `z.infer<…>` wherever it can), so the types are printed here, one structural step at a time.
 */
import { fileURLToPath } from "node:url";
import ts from "typescript";

const API_DIR = fileURLToPath(new URL("../../api/", import.meta.url));

const HEADER = `// Generated from @pagewise/api's AppRouter by packages/client/scripts/generate-router-type.ts.
// Do not edit: run \`npm run generate --workspace @pagewise/client\` after changing the API.
// A test fails when this file is not what the generator writes for the current API.
`;

/** The generated module's source text. */
export function routerTypeSource(): string {
  const { checker, appRouter } = loadAppRouter();
  const named = new Map<ts.Type, string>();
  // A recursive type (a sidebar's items hold items) cannot be printed inline: it gets a name, and
  // printing starts again until every recursion goes through a name.
  for (;;) {
    try {
      return printRouter(new TypePrinter(checker, named), appRouter);
    } catch (error) {
      if (!(error instanceof Recursion)) throw error;
      named.set(error.type, uniqueName(error.name, named));
    }
  }
}

function printRouter(printer: TypePrinter, appRouter: ts.Type): string {
  const def = printer.property(appRouter, "_def");
  const rootTypes = printer.property(printer.property(def, "_config"), "$types");
  const errorShape = printer.print(printer.property(rootTypes, "errorShape"), 0);
  const record = printer.record(printer.property(def, "record"), 1);
  return `${HEADER}
import type { TRPCBuiltRouter, TRPCMutationProcedure, TRPCQueryProcedure } from "@trpc/server";
${printer.declarations()}
/** What a failed call carries: \`TRPCClientError.shape\`, whose \`data\` is also \`error.data\`. */
export type ErrorShape = ${errorShape};

/** The Pagewise API: every procedure a client may call, with its input and output. */
export type AppRouter = TRPCBuiltRouter<
  { ctx: object; meta: object; errorShape: ErrorShape; transformer: false },
  ${record}
>;
`;
}

function loadAppRouter(): { checker: ts.TypeChecker; appRouter: ts.Type } {
  const configPath = `${API_DIR}tsconfig.json`;
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  );
  if (!config) throw new Error(`Cannot read ${configPath}`);
  const routerFile = `${API_DIR}src/router.ts`;
  const program = ts.createProgram([routerFile], config.options);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(routerFile);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  const exported = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find(({ name }) => name === "AppRouter");
  if (!exported) throw new Error(`${routerFile} exports no AppRouter`);
  return { checker, appRouter: checker.getDeclaredTypeOfSymbol(exported) };
}

/** Thrown when printing reaches a type it is already inside of. */
class Recursion extends Error {
  constructor(
    readonly type: ts.Type,
    override readonly name: string,
  ) {
    super(`${name} is recursive`);
  }
}

function uniqueName(name: string, named: Map<ts.Type, string>): string {
  const base = /^[A-Za-z_$][\w$]*$/.test(name) && !name.startsWith("__") ? name : "Recursive";
  const taken = new Set(named.values());
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}${n}`;
  return candidate;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const MAX_DEPTH = 24;
const indent = (depth: number) => "  ".repeat(depth);

/** Prints a type structurally: object types as literals, never by the name they were declared with. */
class TypePrinter {
  readonly #checker: ts.TypeChecker;
  readonly #named: ReadonlyMap<ts.Type, string>;
  /** The object types being printed, outermost first: meeting one again is a recursion. */
  readonly #inside: ts.Type[] = [];
  /** The named types met so far, whose declarations `declarations()` prints. */
  readonly #used = new Set<ts.Type>();

  constructor(checker: ts.TypeChecker, named: ReadonlyMap<ts.Type, string>) {
    this.#checker = checker;
    this.#named = named;
  }

  /** `export type Name = …;` for each named (recursive) type the printed types use. */
  declarations(): string {
    const printed = new Set<ts.Type>();
    const lines: string[] = [];
    for (let pending = [...this.#used]; pending.length > 0; pending = [...this.#used].filter((t) => !printed.has(t))) {
      for (const type of pending) {
        printed.add(type);
        lines.push(`\nexport type ${this.#named.get(type)} = ${this.#object(type as ts.ObjectType, 0)};\n`);
      }
    }
    return lines.join("");
  }

  property(type: ts.Type, name: string): ts.Type {
    const symbol = this.#checker.getPropertyOfType(type, name);
    if (!symbol) throw new Error(`Expected a property "${name}" in ${this.#checker.typeToString(type)}`);
    return this.#checker.getTypeOfSymbol(symbol);
  }

  /** A router record: nested records as object types, procedures as tRPC's procedure types. */
  record(type: ts.Type, depth: number): string {
    const lines = this.#checker.getPropertiesOfType(type).map((symbol) => {
      const value = this.#checker.getTypeOfSymbol(symbol);
      const printed = this.#checker.getPropertyOfType(value, "_def")
        ? this.#procedure(value, depth + 1)
        : this.record(value, depth + 1);
      return `${indent(depth + 1)}${key(symbol.name)}: ${printed};`;
    });
    return `{\n${lines.join("\n")}\n${indent(depth)}}`;
  }

  #procedure(type: ts.Type, depth: number): string {
    const def = this.property(type, "_def");
    const kind = this.property(def, "type");
    const types = this.property(def, "$types");
    const name = kind.isStringLiteral() && kind.value === "mutation" ? "TRPCMutationProcedure" : "TRPCQueryProcedure";
    if (kind.isStringLiteral() && kind.value === "subscription") throw new Error("Subscriptions are not printed yet");
    const input = this.print(this.property(types, "input"), depth + 1);
    const output = this.print(this.property(types, "output"), depth + 1);
    return `${name}<{\n${indent(depth + 1)}input: ${input};\n${indent(depth + 1)}output: ${output};\n${indent(depth + 1)}meta: object;\n${indent(depth)}}>`;
  }

  print(type: ts.Type, depth: number): string {
    if (depth > MAX_DEPTH) throw new Error(`A type nests too deeply to print: ${this.#checker.typeToString(type)}`);
    const flags = type.flags;
    if (flags & ts.TypeFlags.Any) throw new Error("The API has an `any` in its types; give it a real type");
    if (flags & ts.TypeFlags.Unknown) return "unknown";
    if (flags & ts.TypeFlags.Never) return "never";
    if (flags & ts.TypeFlags.Void) return "void";
    if (flags & ts.TypeFlags.Undefined) return "undefined";
    if (flags & ts.TypeFlags.Null) return "null";
    if (flags & (ts.TypeFlags.String | ts.TypeFlags.Number | ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) {
      return this.#checker.typeToString(type);
    }
    if (type.isStringLiteral()) return JSON.stringify(type.value);
    if (type.isNumberLiteral()) return String(type.value);
    if (type.isUnion()) return this.#union(type.types, depth);
    if (type.isIntersection()) return type.types.map((part) => this.print(part, depth)).join(" & ");
    if (flags & ts.TypeFlags.Object) return this.#reference(type as ts.ObjectType, depth);
    throw new Error(`No way to print ${this.#checker.typeToString(type)}`);
  }

  #union(members: readonly ts.Type[], depth: number): string {
    const parts = members.filter((part) => !(part.flags & ts.TypeFlags.BooleanLiteral));
    const booleans = members.filter((part) => part.flags & ts.TypeFlags.BooleanLiteral);
    const printed = parts.map((part) => this.print(part, depth));
    if (booleans.length === 2) printed.push("boolean");
    else printed.push(...booleans.map((part) => this.#checker.typeToString(part)));
    // undefined and null last, as people write them.
    const nullish = (text: string) => text === "undefined" || text === "null";
    return [...printed.filter((text) => !nullish(text)), ...printed.filter(nullish)].join(" | ");
  }

  /** An object type: its name when it is a named (recursive) one, else its structure. */
  #reference(type: ts.ObjectType, depth: number): string {
    const checker = this.#checker;
    if (checker.isArrayType(type)) {
      const [element] = checker.getTypeArguments(type as ts.TypeReference);
      if (!element) throw new Error("An array type without its element type");
      return `Array<${this.print(element, depth)}>`;
    }
    if (checker.isTupleType(type)) {
      return `[${checker
        .getTypeArguments(type as ts.TypeReference)
        .map((element) => this.print(element, depth))
        .join(", ")}]`;
    }
    const globalName = type.getSymbol()?.getName();
    // Globals a JSON API can carry: Date (a string on the wire, as tRPC's types say) and streams.
    if (globalName === "Date") return "Date";
    if (globalName === "AsyncIterable" || globalName === "AsyncGenerator" || globalName === "AsyncIterableIterator") {
      // All of them: the return and next types too (a stream that never returns says `never`).
      const typeArguments = checker.getTypeArguments(type as ts.TypeReference);
      return `${globalName}<${typeArguments.map((argument) => this.print(argument, depth)).join(", ")}>`;
    }
    const name = this.#named.get(type);
    if (name !== undefined) {
      this.#used.add(type);
      return name;
    }
    if (this.#inside.includes(type)) {
      throw new Recursion(type, type.aliasSymbol?.name ?? type.getSymbol()?.getName() ?? "Recursive");
    }
    this.#inside.push(type);
    try {
      return this.#object(type, depth);
    } finally {
      this.#inside.pop();
    }
  }

  #object(type: ts.ObjectType, depth: number): string {
    const checker = this.#checker;
    if (type.getCallSignatures().length > 0)
      throw new Error(`A function in the API's types: ${checker.typeToString(type)}`);
    const lines: string[] = [];
    for (const info of checker.getIndexInfosOfType(type)) {
      lines.push(
        `${indent(depth + 1)}[key: ${checker.typeToString(info.keyType)}]: ${this.print(info.type, depth + 1)};`,
      );
    }
    for (const symbol of checker.getPropertiesOfType(type)) {
      const optional = (symbol.flags & ts.SymbolFlags.Optional) !== 0;
      const value = checker.getTypeOfSymbol(symbol);
      const printed = optional ? this.#withoutUndefined(value, depth + 1) : this.print(value, depth + 1);
      lines.push(`${indent(depth + 1)}${key(symbol.name)}${optional ? "?" : ""}: ${printed};`);
    }
    return lines.length === 0 ? "{}" : `{\n${lines.join("\n")}\n${indent(depth)}}`;
  }

  /** An optional property's type without the `undefined` that `?` already says. */
  #withoutUndefined(type: ts.Type, depth: number): string {
    if (!type.isUnion()) return this.print(type, depth);
    const defined = type.types.filter((part) => !(part.flags & ts.TypeFlags.Undefined));
    const [only] = defined;
    return defined.length === 1 && only ? this.print(only, depth) : this.#union(defined, depth);
  }
}

function key(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}
