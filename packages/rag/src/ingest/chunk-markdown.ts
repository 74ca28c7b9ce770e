import { closesFence, type FenceOpening, openingFence } from "./code-fence";
import { createHeadingAnchors } from "./heading-anchors";
import { markdownToPlainText } from "./plain-text";

export interface PageHeading {
  depth: number;
  text: string;
  anchor: string;
}

export interface ChunkDraft {
  ordinal: number;
  /** The h2 (and h3) the chunk sits under; empty for the text before the first h2. */
  headingPath: string[];
  /** Deep-link id of the chunk's section heading; "" for the top of the page. */
  anchor: string;
  /** The heading path and any h4–h6 inside the section, for the B-weighted field. */
  headings: string;
  body: string;
  code: string;
}

export interface ChunkedPage {
  /** The text of the first `# h1`, the page title when front matter has none. */
  firstH1: string | undefined;
  headings: PageHeading[];
  chunks: ChunkDraft[];
}

export interface ChunkOptions {
  /** Soft cap on a chunk's body + code, in characters. */
  maxChars?: number;
  /** How much of a split section's previous piece is repeated at the start of the next. */
  overlapChars?: number;
}

type Block = { kind: "heading"; depth: number; raw: string } | { kind: "text" | "code"; text: string };
type Unit = { kind: "text" | "code"; text: string };

interface Section {
  headingPath: string[];
  anchor: string;
  subheadings: string[];
  units: Unit[];
}

/**
 * Splits a cleaned page into retrieval chunks: one section per h2/h3 (text
 * before the first h2 is its own section), and a long section into pieces of
 * about `maxChars` at paragraph, then sentence, then line boundaries, with a
 * little overlap so a thought cut in two is still findable from either side.
 */
export function chunkMarkdown(markdown: string, options: ChunkOptions = {}): ChunkedPage {
  const maxChars = options.maxChars ?? 1200;
  const overlapChars = options.overlapChars ?? 200;
  const anchorFor = createHeadingAnchors();
  const headings: PageHeading[] = [];
  const sections: Section[] = [];
  let firstH1: string | undefined;
  let h2: string | undefined;
  let section: Section = { headingPath: [], anchor: "", subheadings: [], units: [] };

  for (const block of parseBlocks(markdown)) {
    if (block.kind === "heading") {
      const { text, anchor } = anchorFor(block.raw);
      if (block.depth === 1) {
        firstH1 ??= text;
        continue;
      }
      headings.push({ depth: block.depth, text, anchor });
      if (block.depth <= 3) {
        sections.push(section);
        if (block.depth === 2) h2 = text;
        const headingPath = block.depth === 2 || h2 === undefined ? [text] : [h2, text];
        section = { headingPath, anchor, subheadings: [], units: [] };
      } else {
        section.subheadings.push(text);
      }
      continue;
    }
    const text = block.kind === "code" ? stripTwoslashDirectives(block.text) : markdownToPlainText(block.text);
    if (text.trim() !== "") section.units.push({ kind: block.kind, text });
  }
  sections.push(section);

  const chunks: ChunkDraft[] = [];
  for (const { headingPath, anchor, subheadings, units } of sections) {
    if (units.length === 0) continue;
    for (const piece of packUnits(units, maxChars, overlapChars)) {
      chunks.push({
        ordinal: chunks.length,
        headingPath,
        anchor,
        headings: [...headingPath, ...subheadings].join("\n"),
        body: piece
          .filter((unit) => unit.kind === "text")
          .map((unit) => unit.text)
          .join("\n\n"),
        code: piece
          .filter((unit) => unit.kind === "code")
          .map((unit) => unit.text)
          .join("\n\n"),
      });
    }
  }
  // A page with no text still deserves one chunk, so that its title can be found.
  if (chunks.length === 0) chunks.push({ ordinal: 0, headingPath: [], anchor: "", headings: "", body: "", code: "" });
  return { firstH1, headings, chunks };
}

function parseBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let fence: FenceOpening | undefined;
  let code: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: "text", text: paragraph.join("\n") });
    paragraph = [];
  };

  for (const line of markdown.split("\n")) {
    if (fence !== undefined) {
      if (closesFence(line, fence)) {
        blocks.push({ kind: "code", text: code.join("\n") });
        fence = undefined;
        code = [];
      } else {
        code.push(line);
      }
      continue;
    }
    const opening = openingFence(line);
    if (opening !== undefined) {
      flush();
      fence = opening;
      continue;
    }
    const heading = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (heading?.[1] !== undefined && heading[2] !== undefined) {
      flush();
      blocks.push({ kind: "heading", depth: heading[1].length, raw: heading[2] });
      continue;
    }
    if (line.trim() === "") flush();
    else paragraph.push(line);
  }
  flush();
  // An unclosed fence runs to the end of the page, as in CommonMark.
  if (fence !== undefined && code.length > 0) blocks.push({ kind: "code", text: code.join("\n") });
  return blocks;
}

// Twoslash markers steer the docs' type-checked examples; a reader never sees them.
function stripTwoslashDirectives(code: string): string {
  return code
    .split("\n")
    .filter((line) => !/^\s*\/\/\s*(?:@[\w-]+(?::.*)?|-{3}cut[\w-]*-{3}|\^[?|!~]?.*)\s*$/.test(line))
    .join("\n")
    .trim();
}

function packUnits(units: Unit[], maxChars: number, overlapChars: number): Unit[][] {
  const pieces: Unit[][] = [];
  let current: Unit[] = [];
  let size = 0;
  for (const unit of units.flatMap((whole) => splitUnit(whole, maxChars))) {
    if (size > 0 && size + unit.text.length > maxChars) {
      pieces.push(current);
      const overlap = tailOf(current, overlapChars);
      current = overlap === undefined ? [] : [{ kind: "text", text: overlap }];
      size = overlap?.length ?? 0;
    }
    current.push(unit);
    size += unit.text.length;
  }
  if (current.length > 0) pieces.push(current);
  return pieces;
}

function splitUnit(unit: Unit, maxChars: number): Unit[] {
  if (unit.text.length <= maxChars) return [unit];
  const parts = unit.kind === "code" ? unit.text.split("\n") : unit.text.split(/(?<=[.!?])\s+(?=\S)/);
  const separator = unit.kind === "code" ? "\n" : " ";
  const result: Unit[] = [];
  let current = "";
  for (const part of parts.flatMap((whole) => hardSplit(whole, maxChars))) {
    if (current !== "" && current.length + separator.length + part.length > maxChars) {
      result.push({ kind: unit.kind, text: current });
      current = part;
    } else {
      current = current === "" ? part : `${current}${separator}${part}`;
    }
  }
  if (current !== "") result.push({ kind: unit.kind, text: current });
  return result;
}

function hardSplit(text: string, maxChars: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > maxChars) {
    const space = rest.lastIndexOf(" ", maxChars);
    const cut = space > maxChars / 2 ? space : maxChars;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  parts.push(rest);
  return parts;
}

/** The last sentence(s) of a piece's prose, at most `maxChars` long, cut at a word boundary. */
function tailOf(piece: Unit[], maxChars: number): string | undefined {
  const lastText = piece.findLast((unit) => unit.kind === "text")?.text;
  if (lastText === undefined || maxChars <= 0) return undefined;
  const sentences = lastText.split(/(?<=[.!?])\s+(?=\S)/);
  let tail = "";
  for (let index = sentences.length - 1; index >= 0; index -= 1) {
    const candidate = tail === "" ? (sentences[index] ?? "") : `${sentences[index]} ${tail}`;
    if (candidate.length > maxChars) break;
    tail = candidate;
  }
  if (tail === "") {
    const slice = lastText.slice(-maxChars);
    const space = slice.indexOf(" ");
    tail = space === -1 ? slice : slice.slice(space + 1);
  }
  return tail === "" ? undefined : tail;
}
