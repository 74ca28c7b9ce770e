/**
 * Source rewrites Docusaurus's mdx-loader makes before MDX sees a file, so that
 * pages written for Docusaurus parse as they do there. Fence-aware: nothing
 * inside a code fence changes. Every rewrite keeps the line count, so warnings
 * point at the author's lines.
 */
export function preprocessMarkdown(source: string, options: { mdx: boolean } = { mdx: true }): string {
  const lines = source.split("\n");
  // Fences of `mdx-code-block` blocks being unwrapped, innermost last.
  const unwrapping: string[] = [];
  const out: string[] = [];
  let fence: { marker: string; length: number } | undefined;
  let inComment = false;
  for (const line of lines) {
    if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
      out.push(line);
      continue;
    }
    if (inComment) {
      const end = line.indexOf("-->");
      if (end === -1) {
        out.push("");
        continue;
      }
      inComment = false;
      out.push(`*/}${line.slice(end + 3)}`);
      continue;
    }
    const opening = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
    if (opening?.[1] !== undefined) {
      // ```mdx-code-block fences hold MDX meant to be rendered, not shown: drop the fence lines.
      if (opening[2] === "mdx-code-block") {
        out.push("");
        unwrapping.push(opening[1]);
        continue;
      }
      const top = unwrapping.at(-1);
      if (top !== undefined && closesFence(line, { marker: top[0] ?? "`", length: top.length })) {
        unwrapping.pop();
        out.push("");
        continue;
      }
      fence = { marker: opening[1][0] ?? "`", length: opening[1].length };
      out.push(line);
      continue;
    }
    const rewritten = rewriteProse(line, options.mdx);
    inComment = rewritten.openComment;
    out.push(rewritten.text);
  }
  return out.join("\n");
}

function closesFence(line: string, fence: { marker: string; length: number }): boolean {
  const match = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
  return match?.[1] !== undefined && match[1][0] === fence.marker && match[1].length >= fence.length;
}

function rewriteProse(line: string, mdx: boolean): { text: string; openComment: boolean } {
  let text = line;
  // `:::tip Some title` is Docusaurus v2's admonition title; v3 reads `:::tip[Some title]`.
  const admonition = /^(\s*:{3,}[A-Za-z][\w-]*)[ \t]+([^[{\s][^{]*?)\s*((?:\{[^}]*\})?)\s*$/.exec(text);
  if (admonition !== null) text = `${admonition[1]}[${admonition[2]}]${admonition[3]}`;
  // MDX would read `{#custom-id}` as an expression; escaped, it stays text the heading-ids transform takes off.
  text = text.replace(/^(\s{0,3}#{1,6}\s.*?)\{#([^}\s]+)\}(\s*#*\s*)$/, "$1\\{#$2\\}$3");
  // HTML comments are not MDX; Docusaurus pages still use them. They become MDX comments, but not
  // inside inline code: "Use the `<!--truncate-->` marker" shows the marker, as Docusaurus does.
  return mdx ? mdxComments(text) : { text, openComment: false };
}

/**
 * The line with its HTML comments made MDX comments, read left to right as CommonMark reads it:
 * a comment that starts first runs to its `-->` (backticks inside it are the comment's), a code
 * span that starts first (a backtick run closed by the next run of the same length) stays as
 * written, `<!--` inside it included. `openComment`: a comment is still open at the line's end.
 */
function mdxComments(line: string): { text: string; openComment: boolean } {
  let text = "";
  let at = 0;
  for (;;) {
    const comment = line.indexOf("<!--", at);
    const tick = line.indexOf("`", at);
    if (comment === -1 && tick === -1) return { text: text + line.slice(at), openComment: false };
    if (comment !== -1 && (tick === -1 || comment < tick)) {
      const end = line.indexOf("-->", comment + 4);
      if (end === -1) return { text: `${text}${line.slice(at, comment)}{/*`, openComment: true };
      text += `${line.slice(at, comment)}{/* */}`;
      at = end + 3;
      continue;
    }
    const run = /^`+/.exec(line.slice(tick))?.[0] ?? "`";
    const close = closingRun(line, tick + run.length, run.length);
    const next = close === -1 ? tick + run.length : close + run.length;
    text += line.slice(at, next);
    at = next;
  }
}

/** Where the next run of exactly `length` backticks after `from` starts, or -1. */
function closingRun(line: string, from: number, length: number): number {
  for (const match of line.slice(from).matchAll(/`+/g)) {
    if (match[0].length === length) return from + match.index;
  }
  return -1;
}
