/**
 * The code a reader of a twoslash block sees. Twoslash (as run by the tRPC site's
 * shiki-twoslash) compiles the whole block but shows only:
 * - what follows the last `// ---cut---` / `// ---cut-before---`,
 * - up to the first `// ---cut-after---` after that,
 * - without the lines between `// ---cut-start---` and `// ---cut-end---`,
 * - without compiler-flag lines (`// @filename: a.ts`, `// @noErrors`, `// @errors: 2322`, …)
 *   and query lines (`//   ^?`, `// ^|`, `// ^^^`).
 *
 * Multi-file blocks: every tRPC example that cuts puts the cut after the last `// @filename:`,
 * so the reader sees one file; the few with no cut (server/context.md, server/middlewares.md)
 * separate the files with their own `// ----` banner comments and the site shows every file in
 * sequence. Keeping all sections after the last cut, minus the `@filename` lines, matches both.
 */
const cutBefore = /^\s*\/\/\s*---cut(?:-before)?---\s*$/;
const cutAfter = /^\s*\/\/\s*---cut-after---\s*$/;
const cutStart = /^\s*\/\/\s*---cut-start---\s*$/;
const cutEnd = /^\s*\/\/\s*---cut-end---\s*$/;
// Twoslash's own patterns: `// @flag` and `// @flag: value` at the start of a line. A comment such
// as `// @link https://…`, `// @trpc/server exports…` or an indented `  // @deprecated` is neither.
const compilerFlag = /^\/\/\s?@\w+(?::.*|\s*)$/;
const query = /^\s*\/\/\s*\^(?:\?|\||\^+)(?:\s.*)?$/;

export function stripTwoslash(code: string): string {
  const lines = code.split("\n");
  let first = 0;
  lines.forEach((line, index) => {
    if (cutBefore.test(line)) first = index + 1;
  });
  let last = lines.length;
  for (let index = first; index < lines.length; index += 1) {
    if (cutAfter.test(lines[index] ?? "")) {
      last = index;
      break;
    }
  }
  const shown: string[] = [];
  let hidden = false;
  for (const line of lines.slice(first, last)) {
    if (cutStart.test(line)) hidden = true;
    else if (cutEnd.test(line)) hidden = false;
    else if (!hidden && !compilerFlag.test(line) && !query.test(line)) shown.push(line);
  }
  return trimBlankLines(shown).join("\n");
}

// Cut markers are usually set off by blank lines that the shown code should not start or end with.
function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] ?? "").trim() === "") start += 1;
  while (end > start && (lines[end - 1] ?? "").trim() === "") end -= 1;
  return lines.slice(start, end);
}
