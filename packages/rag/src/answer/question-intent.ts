/**
 * Phrasings that ask for a procedure or its syntax, where a reader expects to
 * see code: "how do I…", "what is the syntax…", "show me an example", "set up",
 * "configure", "write". Only the words of the question count, never the book:
 * a general English pattern, so it holds on any book.
 */
const HOW_TO =
  /\b(?:how|syntax|examples?|snippets?|set\s*up|setting\s+up|configur(?:e|es|ed|ing|ation)|install(?:s|ed|ing)?|writ(?:e|es|ing)|implement(?:s|ed|ing)?|creat(?:e|es|ing)|declar(?:e|es|ing)|defin(?:e|es|ing)|usage|code\s+for|sample)\b/i;

/** Whether the question asks how to do something (and so the answer should show the section's code). */
export function asksHow(question: string): boolean {
  return HOW_TO.test(question);
}
