export { docusaurusBook, docusaurusBookDocs, titleFrom, writeTree } from "./book-fixture";
export { renderFixture } from "./render-fixture";
