// `@pagewise/book/render`: rendering a book, with the Markdown/MDX, math and highlighting machinery
// it loads. Kept apart from the package's main entry so that a start-up that finds the book
// unchanged never loads it (rag's ingest imports it only when a page must be rendered).
export { createCodeBlockPage, renderCodeBlock } from "./markdown/code/index";
export { siteHost } from "./render/book-name";
export { bookSidebars } from "./render/book-sidebar";
export { createPageParser } from "./render/parse-in-worker";
export {
  attempt,
  type DocumentDraft,
  type RenderedBook,
  renderBook,
  transformOptionsOf,
  yieldToEventLoop,
} from "./render/render-book";
