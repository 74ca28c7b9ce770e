// Twoslash directives (`// @filename: x`, `// ---cut---`, `// ^?`) and Docusaurus magic comments steer rendering only.
const DIRECTIVE =
  /^\s*(?:\/\/|#|<!--|\{\/\*)\s*(?:@[\w-]+(?::.*)?|-{3}cut[\w-]*-{3}|\^[?|!~]?.*|highlight-(?:next-line|start|end)|this-line-[\w-]+|[\w-]+-(?:next-line|start|end))\s*(?:-->|\*\/\})?\s*$/;

/**
 * The text of a code block for the search index: the whole example, directive
 * lines removed, including the setup a twoslash block hides above `// ---cut---`.
 * Readers see less (RenderedCodeBlock.text), but questions often name what only
 * the setup shows (the router, the imports): indexing just the shown code took
 * the tRPC eval's recall@5 from 0.903 to 0.871.
 */
export function searchableCode(source: string): string {
  return source
    .split("\n")
    .filter((line) => !DIRECTIVE.test(line))
    .join("\n")
    .trim();
}
