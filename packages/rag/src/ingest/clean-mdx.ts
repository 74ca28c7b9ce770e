import { closesFence, dedent, type FenceOpening, openingFence } from "./code-fence";

/**
 * Turns a Docusaurus MDX page body (front matter already removed) into plain
 * Markdown a reader or a search index can use:
 * - ESM `import`/`export` blocks are dropped (in MDX they run to the next blank line);
 * - JSX/HTML tags are dropped but their text children kept, so `<Tabs>` content survives;
 * - `{/* comments *\/}` and `<!-- comments -->` are dropped;
 * - admonitions (`:::note Title` … `:::`) keep their text, with the kind as a bold label;
 * - fenced code is kept verbatim (only dedented when the fence itself was indented).
 * Leading indentation outside code is capped at three spaces: MDX has no indented
 * code blocks, so text indented inside JSX must not turn into code in a Markdown renderer.
 */
export function cleanMdx(source: string): string {
  const lines = source.replace(/\r\n?/g, "\n").replace(/\t/g, "    ").split("\n");
  const output: string[] = [];
  let prose: string[] = [];
  let fence: FenceOpening | undefined;
  let inEsm = false;

  const flushProse = () => {
    if (prose.length > 0) output.push(...cleanProse(prose.join("\n")).split("\n"));
    prose = [];
  };

  for (const line of lines) {
    if (fence !== undefined) {
      if (closesFence(line, fence)) {
        output.push(dedent(line, fence.indent));
        fence = undefined;
      } else {
        output.push(dedent(line, fence.indent));
      }
      continue;
    }
    if (inEsm) {
      if (line.trim() === "") inEsm = false;
      continue;
    }
    const previous = prose.at(-1) ?? output.at(-1);
    const atBlockStart = previous === undefined || previous.trim() === "";
    if (atBlockStart && /^(?:import|export)(?:\s|\{|\*|$)/.test(line)) {
      inEsm = true;
      continue;
    }
    const opening = openingFence(line);
    if (opening !== undefined) {
      flushProse();
      fence = opening;
      output.push(dedent(line, opening.indent));
      continue;
    }
    prose.push(line);
  }
  flushProse();
  return collapseBlankLines(output).join("\n").trim();
}

const INLINE_CODE = /(`+)(?:(?!\1)[\s\S])+?\1/g;
const PLACEHOLDER = /\uE000(\d+)\uE000/g;
// A tag with attributes that may hold {expressions} nested one level ({{a: 1}}).
const JSX_TAG = /<\/?[A-Za-z][\w.:-]*(?:\s(?:[^<>{}"']|"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\})*?)?\/?>|<>|<\/>/g;

function cleanProse(text: string): string {
  // Inline code may legitimately hold `<T>` or `{}`; hide it while tags are removed.
  const codeSpans: string[] = [];
  let cleaned = text.replace(INLINE_CODE, (span) => {
    codeSpans.push(span);
    return `\uE000${codeSpans.length - 1}\uE000`;
  });
  cleaned = cleaned
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(JSX_TAG, "")
    .split("\n")
    .map(cleanProseLine)
    .filter((line): line is string => line !== undefined)
    .join("\n");
  return cleaned.replace(PLACEHOLDER, (_, index: string) => codeSpans[Number(index)] ?? "");
}

function cleanProseLine(line: string): string | undefined {
  const admonition = /^\s*:::\s*([A-Za-z]+)(?:\[(.*)\]|\s+(.*))?\s*$/.exec(line);
  if (admonition?.[1] !== undefined) {
    const kind = admonition[1].charAt(0).toUpperCase() + admonition[1].slice(1).toLowerCase();
    const title = (admonition[2] ?? admonition[3] ?? "").trim();
    return title === "" ? `**${kind}:**` : `**${kind}: ${title}**`;
  }
  if (/^\s*:::\s*$/.test(line)) return "";
  const indent = /^ */.exec(line)?.[0].length ?? 0;
  const text = line.trimEnd();
  if (text.trim() === "") return "";
  return indent > 3 ? `   ${text.trimStart()}` : text;
}

function collapseBlankLines(lines: string[]): string[] {
  const result: string[] = [];
  let inFence: FenceOpening | undefined;
  for (const line of lines) {
    if (inFence === undefined) {
      const opening = openingFence(line);
      if (opening !== undefined) inFence = opening;
      else if (line.trim() === "" && (result.length === 0 || result.at(-1)?.trim() === "")) continue;
    } else if (closesFence(line, inFence)) {
      inFence = undefined;
    }
    result.push(line);
  }
  return result;
}
