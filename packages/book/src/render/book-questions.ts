import type { PageLink, TocEntry } from "../site/book-shapes";

const VERBS = new Set([
  "add",
  "build",
  "call",
  "change",
  "configure",
  "connect",
  "create",
  "customize",
  "customise",
  "define",
  "deploy",
  "enable",
  "export",
  "extend",
  "get",
  "handle",
  "install",
  "integrate",
  "invalidate",
  "make",
  "migrate",
  "pass",
  "read",
  "run",
  "send",
  "set",
  "share",
  "start",
  "test",
  "upgrade",
  "use",
  "validate",
  "write",
]);
const GERUNDS: Readonly<Record<string, string>> = {
  adding: "add",
  building: "build",
  calling: "call",
  configuring: "configure",
  connecting: "connect",
  creating: "create",
  customizing: "customize",
  defining: "define",
  deploying: "deploy",
  enabling: "enable",
  extending: "extend",
  getting: "get",
  handling: "handle",
  installing: "install",
  integrating: "integrate",
  making: "make",
  migrating: "migrate",
  passing: "pass",
  running: "run",
  sending: "send",
  setting: "set",
  sharing: "share",
  starting: "start",
  testing: "test",
  upgrading: "upgrade",
  using: "use",
  writing: "write",
};
const MAX_QUESTIONS = 4;
const PAGES_LOOKED_AT = 8;

/** Where a reader new to a book starts, in any Docusaurus site's words. */
const STARTING_PAGE =
  /\b(?:intro(?:duction)?|overview|getting[ -]started|get[ -]started|quick[ -]?start|installation|install|tutorial|basics|first steps)\b/i;
const QUESTION_START = /^(?:what|how|why|when|where|which|who|can|could|do|does|is|are|should|will|would|may)\b\s+\S/i;
/** Book titles that name no product ("What is Documentation?" is no question). */
const GENERIC_TITLE = /^(?:introduction|overview|documentation|docs|welcome|home|getting started|index)$/i;

/**
 * Suggested questions for the assistant's home, made from where a new reader starts: the home page,
 * then pages whose title or URL says they are the introduction or the quick start, then the first
 * pages of the sidebar. Only grammatical questions: task-like headings and titles ("Install the CLI"
 * → "How do I install the CLI?"), headings and titles that are questions already, and what the book
 * itself is ("What is tRPC?"). Never "What is Plugins?" from a bare sidebar label.
 */
export function bookQuestions(
  order: PageLink[],
  tocOf: (slug: string) => TocEntry[],
  book: { title: string | null } = { title: null },
): string[] {
  const questions: string[] = [];
  const add = (question: string | undefined) => {
    if (question !== undefined && !questions.includes(question) && questions.length < MAX_QUESTIONS)
      questions.push(question);
  };
  const home = order.filter((page) => page.slug === "");
  const starting = order.filter((page) => page.slug !== "" && STARTING_PAGE.test(`${page.label} ${page.slug}`));
  const pages = [...new Set([...home, ...starting, ...order])].slice(0, PAGES_LOOKED_AT);
  const title = book.title?.trim();
  if (title && !GENERIC_TITLE.test(title)) add(title.endsWith("?") ? title : `What is ${title}?`);
  for (const page of pages) {
    add(questionFrom(page.label));
    for (const entry of tocOf(page.slug)) if (entry.depth === 2) add(questionFrom(entry.text));
  }
  return questions;
}

/** A heading or title as a reader's question, when it reads as one: a question already, or a task. */
function questionFrom(heading: string): string | undefined {
  // "Build and start: `npm run build`" asks about building and starting; what follows is detail.
  const text = heading
    .split(/:\s|\s[—–-]\s|\s\(/)[0]
    ?.replace(/[.:!]+$/, "")
    .trim();
  if (text === undefined || text === "") return undefined;
  // "Something missing?" is a heading's aside, not a reader's question: questions start with a question word.
  if (text.endsWith("?")) return QUESTION_START.test(text) ? text : undefined;
  const [first = "", ...rest] = text.split(/\s+/);
  const word = first.toLowerCase();
  const verb = VERBS.has(word) ? word : GERUNDS[word];
  if (verb === undefined || rest.length === 0) return undefined;
  // The docs speak to the reader ("Configure your site"); the reader asks about their own ("my site").
  const object = rest.map((part) => (part.toLowerCase() === "your" ? "my" : part)).join(" ");
  return `How do I ${verb} ${object}?`;
}
