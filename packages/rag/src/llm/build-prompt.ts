import type { ReaderProfile } from "../personalise/reader-profile";
import type { ChunkHit } from "../retrieve/search-chunks";
import type { ChatMessage } from "./chat-stream";

/** A passage longer than this is cut: the prompt stays bounded whatever a page holds. */
const MAX_PASSAGE_CHARS = 4000;

const INSTRUCTIONS = [
  "You answer questions about a documentation book for its readers.",
  "Use only the numbered passages in the user's message: no outside knowledge, no guesses, nothing beyond what they say.",
  "After each statement, cite the passage it comes from as [n] (several as [1][3]); use only the numbers given.",
  'If the passages do not contain the answer, reply only: "The documentation doesn\'t seem to cover this." with no citation.',
].join("\n");

const STYLE = {
  default: "Answer in a few sentences.",
  concise: "The reader prefers concise answers: at most three sentences.",
  detailed:
    "The reader prefers detailed answers: explain step by step, up to about ten sentences, quoting code from the passages when it helps.",
} as const;

/**
 * The messages for the model: the rules and, only for a reader who consented,
 * their background and answer style (system); the retrieved passages, numbered
 * as the citations are, and the question (user). Nothing else from the book or
 * the reader is sent.
 */
export function buildPrompt(question: string, hits: ChunkHit[], reader: ReaderProfile | undefined): ChatMessage[] {
  const system = [INSTRUCTIONS, reader === undefined ? STYLE.default : STYLE[reader.answerStyle]];
  const background = reader === undefined ? [] : describeBackground(reader);
  if (background.length > 0) {
    system.push(
      [
        "The reader shared their background so that answers fit them. Adapt the explanation to it (define terms for beginners, skip basics for experts) without mentioning it:",
        ...background,
      ].join("\n"),
    );
  }
  const passages = hits.map((hit, index) => {
    const where = [hit.title, ...hit.headingPath.filter((heading) => heading !== hit.title)].join(" › ");
    const text = [hit.body, hit.code].filter((part) => part.trim() !== "").join("\n\n");
    return `[${index + 1}] ${where} (${hit.source})\n${text.slice(0, MAX_PASSAGE_CHARS)}`;
  });
  return [
    { role: "system", content: system.join("\n\n") },
    { role: "user", content: `Passages:\n\n${passages.join("\n\n")}\n\nQuestion: ${question}` },
  ];
}

function describeBackground(reader: ReaderProfile): string[] {
  const lines: string[] = [];
  const { software, hardware } = reader;
  if (software !== null) {
    const languages = software.languages.length > 0 ? `; languages: ${software.languages.join(", ")}` : "";
    const notes = software.notes === "" ? "" : `; notes: ${software.notes}`;
    lines.push(`- Software experience: ${software.level}${languages}${notes}`);
  }
  if (hardware !== null) {
    const devices = hardware.devices.length > 0 ? `; devices: ${hardware.devices.join(", ")}` : "";
    const notes = hardware.notes === "" ? "" : `; notes: ${hardware.notes}`;
    lines.push(`- Hardware experience: ${hardware.level}${devices}${notes}`);
  }
  return lines;
}
