/**
 * What a fence's meta string asks for, parsed the way Docusaurus's `parseCodeBlockMeta` does
 * (`title="…"`, `{1,3-4}` ranges, `showLineNumbers[=N]`, flags), plus the flags other Docusaurus
 * remark plugins read (`npm2yarn`, `twoslash`). Unknown keys are ignored.
 */
export interface CodeMeta {
  title: string | undefined;
  /** 1-based line numbers of the shown code. */
  highlightedLines: ReadonlySet<number>;
  /** undefined = no line numbers. */
  lineNumbersStart: number | undefined;
  npm2yarn: boolean;
  twoslash: boolean;
}

// Docusaurus matches `key="v"`, `key='v'`, `key=v` and bare `key`. tRPC's docs also write
// `title = 'server.ts'` (its shiki-twoslash pipeline accepted it), so spaces around `=` are allowed.
const optionPattern = /([A-Za-z_][\w-]*)(?:\s*=\s*(?:(["'])(.*?)\2|(\S*)))?/g;
const rangePattern = /\{([\d,\s-]+)\}/g;

export function parseCodeMeta(meta: string | null | undefined): CodeMeta {
  const highlightedLines = new Set<number>();
  let title: string | undefined;
  let lineNumbersStart: number | undefined;
  let npm2yarn = false;
  let twoslash = false;
  const source = meta ?? "";

  for (const match of source.matchAll(rangePattern)) {
    for (const line of parseLineRanges(match[1] ?? "")) highlightedLines.add(line);
  }
  const rest = source.replace(rangePattern, " ");
  for (const match of rest.matchAll(optionPattern)) {
    const key = (match[1] ?? "").toLowerCase();
    const quoted = match[3];
    const raw = match[4];
    const value = quoted ?? raw;
    if (key === "title" && value !== undefined && value !== "") title = value;
    else if (key === "showlinenumbers") lineNumbersStart = lineNumbersFrom(value);
    else if (key === "npm2yarn") npm2yarn = true;
    else if (key === "twoslash") twoslash = true;
  }
  return { title, highlightedLines, lineNumbersStart, npm2yarn, twoslash };
}

/** `1,3-4` → 1, 3, 4. Reversed or malformed pieces are skipped rather than guessed at. */
export function parseLineRanges(ranges: string): number[] {
  const lines: number[] = [];
  for (const piece of ranges.split(",")) {
    const range = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(piece);
    if (range === null) continue;
    const from = Number(range[1]);
    const to = range[2] === undefined ? from : Number(range[2]);
    for (let line = from; line <= to; line += 1) if (line > 0) lines.push(line);
  }
  return lines;
}

function lineNumbersFrom(value: string | undefined): number | undefined {
  if (value === undefined || value === "" || value === "true") return 1;
  if (value === "false") return undefined;
  const start = Number.parseFloat(value);
  return Number.isNaN(start) ? 1 : Math.floor(start);
}
