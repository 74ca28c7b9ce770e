// An ES module (.mjs): a site whose package.json says "type": "module" breaks Docusaurus' build
// (require.resolveWeak in its server bundle).
// A Docusaurus site as a docs team already has it (classic preset, its own theme), with the
// Pagewise assistant added: the plugin entry and the navbar item below are all it takes.
const siteUrl = process.env.SITE_URL ?? "http://localhost:3100";

/** @type {import('@docusaurus/types').Config} */
export default {
  title: "Docusaurus docs, with Pagewise",
  tagline: "A few pages of the Docusaurus documentation, and an assistant that answers from them.",
  url: new URL(siteUrl).origin,
  baseUrl: "/",
  // The pages are a few of a larger book: links and images of the rest are expected to be missing.
  onBrokenLinks: "warn",
  markdown: { hooks: { onBrokenMarkdownLinks: "warn", onBrokenMarkdownImages: "warn" } },
  presets: [["classic", { docs: { routeBasePath: "docs" }, blog: false, theme: {} }]],
  plugins: [["@pagewise/docusaurus", { server: process.env.PAGEWISE_URL ?? "http://localhost:3000" }]],
  themeConfig: {
    navbar: {
      title: "Docs with Pagewise",
      items: [
        { type: "doc", docId: "browser-support", label: "Docs", position: "left" },
        { type: "html", position: "right", value: "<pagewise-sign-in></pagewise-sign-in>" },
      ],
    },
  },
};
