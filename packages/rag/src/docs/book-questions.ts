import type { PageLink, TocEntry } from "../book/book-shapes";

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

/**
 * Suggested questions for the assistant's home, made from the start of the
 * book: its first pages' task-like h2 headings ("Install the CLI" → "How do I
 * install the CLI?"), then their titles ("What is Routers?" reads badly, so
 * titles only fill up when headings run out).
 */
export function bookQuestions(order: PageLink[], tocOf: (slug: string) => TocEntry[]): string[] {
  const questions: string[] = [];
  const add = (question: string | undefined) => {
    if (question !== undefined && !questions.includes(question) && questions.length < MAX_QUESTIONS)
      questions.push(question);
  };
  const pages = order.slice(0, PAGES_LOOKED_AT);
  for (const page of pages) {
    for (const entry of tocOf(page.slug)) if (entry.depth === 2) add(howTo(entry.text));
  }
  for (const page of pages.slice(1)) add(`What is ${page.label.replace(/[.?!:]+$/, "")}?`);
  return questions;
}

function howTo(heading: string): string | undefined {
  const text = heading.replace(/[.:!]+$/, "").trim();
  if (text.endsWith("?")) return text;
  const [first = "", ...rest] = text.split(/\s+/);
  const word = first.toLowerCase();
  const verb = VERBS.has(word) ? word : GERUNDS[word];
  if (verb === undefined || rest.length === 0) return undefined;
  return `How do I ${verb} ${rest.join(" ")}?`;
}
