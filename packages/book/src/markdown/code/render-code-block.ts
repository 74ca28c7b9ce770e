import type { Element } from "hast";
import { codeFigure } from "./code-figure";
import { displayLanguage } from "./code-language";
import { convertNpmCommands } from "./convert-npm-command";
import { highlightLines } from "./highlight-lines";
import { applyMagicComments } from "./magic-comments";
import { parseCodeMeta } from "./parse-code-meta";
import { stripTwoslash } from "./strip-twoslash";
import { tabsElement } from "./tabs-element";
import { expandTwoslashIncludes, TwoslashIncludes } from "./twoslash-includes";

export interface CodeBlockInput {
  lang: string | null | undefined;
  meta: string | null | undefined;
  value: string;
  /** From `<CodeBlock title=…>`; wins over the meta string's. */
  title?: string;
  /** From `<CodeBlock showLineNumbers>` (true: from 1) or `showLineNumbers={N}`; wins over the meta string's. */
  showLineNumbers?: boolean | number;
}

/** `text`: the code a reader sees (after cuts and removed comments), for search chunks. */
export interface RenderedCodeBlock {
  element: Element;
  text: string;
}

/**
 * State shared by the code blocks of one page, in document order: the twoslash include blocks that
 * later blocks' `// @include: NAME` lines pull in. Without it those lines are simply dropped.
 */
export interface CodeBlockPage {
  twoslashIncludes: TwoslashIncludes;
}

export function createCodeBlockPage(): CodeBlockPage {
  return { twoslashIncludes: new TwoslashIncludes() };
}

const npm2yarnTabs = [
  { value: "npm", label: "npm" },
  { value: "yarn", label: "Yarn" },
  { value: "pnpm", label: "pnpm" },
] as const;

/**
 * The markup of one fenced code block, or undefined for a block a reader never sees (a twoslash
 * `include` block, which only feeds later blocks). `ids.next()` numbers npm2yarn tabs per page.
 */
export function renderCodeBlock(
  input: CodeBlockInput,
  ids: { next(): number },
  page?: CodeBlockPage,
): RenderedCodeBlock | undefined {
  // Files saved with Windows line ends would otherwise leave a "\r" at the end of every line.
  const value = input.value.replace(/\r\n?/g, "\n");
  const language = displayLanguage(input.lang);
  const include = twoslashIncludeName(language, input.meta);
  if (include !== undefined) {
    page?.twoslashIncludes.add(include, value);
    return undefined;
  }
  const meta = parseCodeMeta(input.meta);
  let code = value.replace(/\n$/, "");
  if (meta.twoslash) code = stripTwoslash(expandTwoslashIncludes(code, page?.twoslashIncludes));
  const hasLanguage = input.lang !== null && input.lang !== undefined && input.lang.trim() !== "";
  const { lines, highlighted } = applyMagicComments(code, hasLanguage ? language : undefined);
  for (const line of meta.highlightedLines) highlighted.add(line - 1);

  const title = input.title ?? meta.title;
  const lineNumbersStart = lineNumbersStartOf(input.showLineNumbers, meta.lineNumbersStart);
  const figureOf = (shown: string) =>
    codeFigure({ language, title, lines: highlightLines(shown, language), highlighted, lineNumbersStart });

  const text = lines.join("\n");
  if (!meta.npm2yarn) return { element: figureOf(text), text };
  const element = tabsElement({
    n: ids.next(),
    groupId: "npm2yarn",
    tabs: npm2yarnTabs.map(({ value, label }) => ({
      value,
      label,
      content: [figureOf(value === "npm" ? text : convertNpmCommands(text, value))],
    })),
  });
  return { element, text };
}

// Docusaurus's getLineNumbersStart: the prop, when given, decides alone.
function lineNumbersStartOf(prop: boolean | number | undefined, fromMeta: number | undefined): number | undefined {
  if (prop === undefined) return fromMeta;
  if (typeof prop === "number") return Number.isFinite(prop) ? Math.floor(prop) : 1;
  return prop ? 1 : undefined;
}

/** ```` ```twoslash include NAME ```` → NAME. */
function twoslashIncludeName(language: string, meta: string | null | undefined): string | undefined {
  if (language !== "twoslash") return undefined;
  return /^\s*include\s+(\S+)/.exec(meta ?? "")?.[1];
}
