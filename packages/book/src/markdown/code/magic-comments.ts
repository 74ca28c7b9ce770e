/**
 * Docusaurus's default magic comments (`highlight-next-line`, `highlight-start` / `highlight-end`):
 * the comment lines are removed and the lines they point at are highlighted. Which comment syntaxes
 * count depends on the language, as in Docusaurus's `getAllMagicCommentDirectiveStyles`, so a `#`
 * line in TypeScript or a `//` line in Python stays code.
 */
export interface MagicCommentResult {
  lines: string[];
  /** 0-based indexes into `lines`. */
  highlighted: Set<number>;
}

type CommentStyle = "js" | "jsBlock" | "jsx" | "bash" | "html" | "lua" | "tex" | "wasm";

const commentStyles: Record<CommentStyle, { start: string; end: string }> = {
  js: { start: "\\/\\/", end: "" },
  jsBlock: { start: "\\/\\*", end: "\\*\\/" },
  jsx: { start: "\\{\\s*\\/\\*", end: "\\*\\/\\s*\\}" },
  bash: { start: "#", end: "" },
  html: { start: "<!--", end: "-->" },
  lua: { start: "--", end: "" },
  tex: { start: "%", end: "" },
  wasm: { start: "\\;\\;", end: "" },
};

const popularStyles: CommentStyle[] = ["js", "jsBlock", "jsx", "bash", "html"];

function stylesFor(language: string): CommentStyle[] {
  switch (language) {
    case "js":
    case "javascript":
    case "ts":
    case "typescript":
      return ["js", "jsBlock"];
    case "jsx":
    case "tsx":
      return ["js", "jsBlock", "jsx"];
    case "html":
      return ["js", "jsBlock", "html"];
    case "python":
    case "py":
    case "bash":
      return ["bash"];
    case "markdown":
    case "md":
      // Markdown text uses HTML comments, its front matter YAML ones.
      return ["html", "jsx", "bash"];
    case "tex":
    case "latex":
    case "matlab":
      return ["tex"];
    case "lua":
    case "haskell":
      return ["lua"];
    case "sql":
      return ["lua", "jsBlock"];
    case "wasm":
      return ["wasm"];
    default:
      return popularStyles;
  }
}

const directives = ["highlight-next-line", "highlight-start", "highlight-end"] as const;
type Directive = (typeof directives)[number];

function directivePattern(language: string): RegExp {
  const names = directives.join("|");
  const alternatives = stylesFor(language).map((style) => {
    const { start, end } = commentStyles[style];
    return `(?:${start}\\s*(${names})\\s*${end})`;
  });
  // A magic comment must be alone on its line (surrounding white space allowed).
  return new RegExp(`^\\s*(?:${alternatives.join("|")})\\s*$`);
}

function isDirective(value: string | undefined): value is Directive {
  return directives.some((directive) => directive === value);
}

/**
 * `language` is the fence's language as written, lower-cased. Docusaurus skips magic comments
 * entirely for a block without a language, which is how its docs show the comments themselves.
 */
export function applyMagicComments(code: string, language: string | undefined): MagicCommentResult {
  const source = code.split("\n");
  if (language === undefined) return { lines: source, highlighted: new Set() };
  const pattern = directivePattern(language);
  const lines: string[] = [];
  const highlighted = new Set<number>();
  const openBlocks: number[] = [];
  for (const line of source) {
    const match = pattern.exec(line);
    const directive = match?.slice(1).find((group) => group !== undefined);
    if (!isDirective(directive)) {
      lines.push(line);
      continue;
    }
    if (directive === "highlight-next-line") highlighted.add(lines.length);
    else if (directive === "highlight-start") openBlocks.push(lines.length);
    else {
      const start = openBlocks.pop();
      if (start !== undefined) for (let index = start; index < lines.length; index += 1) highlighted.add(index);
    }
  }
  // An unclosed highlight-start highlights nothing, as in Docusaurus.
  return { lines, highlighted };
}
