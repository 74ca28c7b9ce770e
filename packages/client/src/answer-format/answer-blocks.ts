/**
 * The blocks of an answer's text, as the server writes them (packages/rag section-answer.ts):
 * paragraphs, fenced code, a "Read more: /docs/…" line, and lists ("Also relevant:",
 * "Closest matches:") of "- " items. Read with a few patterns, not a Markdown library: the
 * server writes only these, and anything else stays a plain paragraph.
 */
export type AnswerBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "code"; code: string }
  | { kind: "read-more"; url: string }
  | { kind: "list"; title: string; items: string[] };

const FENCE = /^(`{3,})[^\n`]*\n([\s\S]*?)\n\1[ \t]*$/gm;
const READ_MORE = /^Read more: (\/docs\S*)$/;
const LIST = /^([^\n]+):\n((?:- [^\n]*(?:\n|$))+)$/;

export function answerBlocks(answer: string): AnswerBlock[] {
  const blocks: AnswerBlock[] = [];
  let last = 0;
  for (const match of answer.matchAll(FENCE)) {
    blocks.push(...textBlocks(answer.slice(last, match.index)));
    blocks.push({ kind: "code", code: match[2] ?? "" });
    last = match.index + match[0].length;
  }
  blocks.push(...textBlocks(answer.slice(last)));
  return blocks;
}

function textBlocks(text: string): AnswerBlock[] {
  return text
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => block !== "")
    .map((block): AnswerBlock => {
      const readMore = READ_MORE.exec(block);
      if (readMore !== null) return { kind: "read-more", url: readMore[1] ?? "" };
      const list = LIST.exec(block);
      if (list !== null) {
        const items = (list[2] ?? "")
          .split("\n")
          .filter((line) => line.startsWith("- "))
          .map((line) => line.slice(2));
        return { kind: "list", title: list[1] ?? "", items };
      }
      return { kind: "paragraph", text: block };
    });
}
