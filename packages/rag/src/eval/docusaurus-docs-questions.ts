import type { EvalQuestion } from "./metrics";

/**
 * Questions a reader of the Docusaurus docs (`docusaurus-website/docs`, the book's own
 * documentation) would ask, each with every page (relative to the docs root) that answers it.
 * Written from the pages themselves, before any retrieval ran on this book, and kept as they
 * were: a miss is the system's problem, not a reason to reword a question.
 *
 * Questions marked `// paraphrase` deliberately use the reader's words rather than the page's
 * ("brand color" for the Infima primary color, "callout box" for an admonition, "top bar" for
 * the navbar…), so a system that only matches the book's own vocabulary will miss them.
 */
export const docusaurusDocsQuestions: EvalQuestion[] = [
  // Getting started
  {
    question: "What version of Node.js do I need to run Docusaurus?",
    relevant: ["installation.mdx", "migration/v3.mdx"],
  },
  {
    question: "How do I start a new Docusaurus site that uses TypeScript?",
    relevant: ["installation.mdx", "typescript-support.mdx", "api/misc/create-docusaurus.mdx"],
  },
  {
    question: "How do I scaffold a new site with pnpm without installing the dependencies right away?",
    relevant: ["api/misc/create-docusaurus.mdx"],
  },
  { question: "How does Docusaurus compare to MkDocs or VitePress?", relevant: ["introduction.mdx"] },
  {
    question: "Which parts of my code run in Node and which run in the browser?",
    relevant: ["advanced/architecture.mdx", "advanced/ssg.mdx"],
  },

  // Configuration
  {
    question: "Error: The field(s) 'foo' are not recognized in docusaurus.config.js",
    relevant: ["api/docusaurus.config.js.mdx", "configuration.mdx"],
  },
  {
    question: "How do I read the site title from the config inside a React component?",
    relevant: ["configuration.mdx", "docusaurus-core.mdx"],
  },
  {
    question: "How can my React components read an API key from a .env file?", // paraphrase
    relevant: ["deployment.mdx"],
  },
  {
    question: "Can I use Rspack instead of webpack to speed up builds?",
    relevant: ["api/docusaurus.config.js.mdx"],
  },
  {
    question: "How do I make dead links only print a warning instead of failing the build?", // paraphrase
    relevant: ["api/docusaurus.config.js.mdx"],
  },
  { question: "How do I customize the Babel configuration?", relevant: ["configuration.mdx"] },

  // Deployment
  {
    question: "How do I deploy my site to GitHub Pages?",
    relevant: ["deployment.mdx", "cli.mdx"],
  },
  {
    question: "Files whose names start with an underscore are missing after deploying to GitHub Pages",
    relevant: ["deployment.mdx", "static-assets.mdx"],
  },
  {
    question: "My host adds a slash at the end of every URL and some links break. Which setting controls that?",
    relevant: ["deployment.mdx", "api/docusaurus.config.js.mdx"],
  },
  {
    question: "How do I check the production build locally before deploying it?",
    relevant: ["deployment.mdx", "cli.mdx"],
  },

  // Static assets
  {
    question: "My images break when the site is served under a sub-path. How should a React component reference them?",
    relevant: ["static-assets.mdx", "docusaurus-core.mdx"],
  },
  { question: "How do I load a custom font file from my CSS?", relevant: ["static-assets.mdx"] },

  // SEO
  {
    question: "How do I stop search engines from indexing my staging site?",
    relevant: ["api/docusaurus.config.js.mdx", "seo.mdx"],
  },
  {
    question: "How do I add keywords and Twitter card meta tags to a single page?",
    relevant: ["seo.mdx", "guides/markdown-features/markdown-features-head-metadata.mdx"],
  },
  {
    question: "Which picture shows up when someone shares a link to my site on social media?", // paraphrase
    relevant: ["api/themes/theme-configuration.mdx", "seo.mdx"],
  },
  {
    question: "How do I keep some pages out of sitemap.xml?",
    relevant: ["api/plugins/plugin-sitemap.mdx", "seo.mdx"],
  },

  // Search
  { question: "Algolia search returns no results, what's wrong?", relevant: ["search.mdx"] },
  {
    question: "Can I have a search box that works entirely in the browser, without Algolia?", // paraphrase
    relevant: ["search.mdx"],
  },
  {
    question: "How do I turn off the separate search results page?",
    relevant: ["api/themes/theme-search-algolia.mdx", "search.mdx"],
  },

  // Styling and theme configuration
  { question: "How do I change the site's brand color?", relevant: ["styling-layout.mdx"] }, // paraphrase
  {
    question: "What's the breakpoint between the phone and desktop layouts?", // paraphrase
    relevant: ["styling-layout.mdx"],
  },
  {
    question: "How can the site follow the reader's OS light or dark preference?", // paraphrase
    relevant: ["api/themes/theme-configuration.mdx"],
  },
  {
    question: "How do I show a dismissible banner above the header to announce a new release?", // paraphrase
    relevant: ["api/themes/theme-configuration.mdx"],
  },
  {
    question: "How do I put a link to our GitHub repo in the top bar?", // paraphrase
    relevant: ["api/themes/theme-configuration.mdx"],
  },
  {
    question: "Can the header slide away when the reader scrolls down?", // paraphrase
    relevant: ["api/themes/theme-configuration.mdx"],
  },
  {
    question: "How do I change the copyright line at the bottom of every page?", // paraphrase
    relevant: ["api/themes/theme-configuration.mdx"],
  },

  // Swizzling
  {
    question: "How do I replace the footer with my own React component?", // paraphrase
    relevant: ["swizzling.mdx", "cli.mdx"],
  },
  {
    // paraphrase
    question: "Where do I put a React context provider so it wraps the whole site and keeps its state between pages?",
    relevant: ["swizzling.mdx"],
  },
  {
    question: "What's the difference between ejecting and wrapping a theme component?",
    relevant: ["swizzling.mdx"],
  },

  // Markdown features
  {
    question: "How do I add a tip or warning callout box in Markdown?", // paraphrase
    relevant: ["guides/markdown-features/markdown-features-admonitions.mdx"],
  },
  {
    question: "How do I make a collapsible section that readers click to expand?", // paraphrase
    relevant: ["guides/markdown-features/markdown-features-intro.mdx"],
  },
  {
    question: "How do I show a file name above a code block?",
    relevant: ["guides/markdown-features/markdown-features-code-blocks.mdx"],
  },
  {
    question: "My Java code blocks have no colors, how do I fix that?", // paraphrase
    relevant: ["guides/markdown-features/markdown-features-code-blocks.mdx"],
  },
  {
    question: "How do I show the npm command with its yarn and pnpm equivalents in tabs?",
    relevant: ["guides/markdown-features/markdown-features-code-blocks.mdx"],
  },
  {
    question: "Can readers edit a React example on the page and see the result update?", // paraphrase
    relevant: ["guides/markdown-features/markdown-features-code-blocks.mdx", "api/themes/theme-live-codeblock.mdx"],
  },
  {
    // paraphrase
    question: "When a reader picks macOS in one set of tabs, can every other tab set on the site switch too?",
    relevant: ["guides/markdown-features/markdown-features-tabs.mdx"],
  },
  {
    question: "Can I share a link to a page with a particular tab already selected?",
    relevant: ["guides/markdown-features/markdown-features-tabs.mdx"],
  },
  {
    question: "How do I write a formula like E = mc^2 in a doc?", // paraphrase
    relevant: ["guides/markdown-features/markdown-features-math-equations.mdx"],
  },
  {
    question: "How can I draw a flowchart in a Markdown page?", // paraphrase
    relevant: ["guides/markdown-features/markdown-features-diagrams.mdx", "api/themes/theme-mermaid.mdx"],
  },
  {
    question: "How do I give a heading a fixed ID so links to it keep working when I reword it?",
    relevant: ["guides/markdown-features/markdown-features-toc.mdx", "cli.mdx"],
  },
  {
    question: "How do I get h4 headings into the 'On this page' list on the right?", // paraphrase
    relevant: [
      "guides/markdown-features/markdown-features-toc.mdx",
      "api/themes/theme-configuration.mdx",
      "api/plugins/plugin-content-docs.mdx",
    ],
  },
  {
    question: "How can I reuse the same paragraph on several pages without copying it?", // paraphrase
    relevant: ["guides/markdown-features/markdown-features-react.mdx"],
  },
  {
    question: "Should I link to other docs by file path or by URL?",
    relevant: ["guides/markdown-features/markdown-features-links.mdx", "guides/docs/versioning.mdx"],
  },
  {
    question: "How do I show a different screenshot when the reader uses dark mode?", // paraphrase
    relevant: ["guides/markdown-features/markdown-features-assets.mdx"],
  },
  {
    question: "How do I use my own React component inside a Markdown doc?",
    relevant: ["guides/markdown-features/markdown-features-react.mdx"],
  },
  {
    question: "How do I add a remark plugin?",
    relevant: ["guides/markdown-features/markdown-features-plugins.mdx", "api/plugins/plugin-content-docs.mdx"],
  },
  {
    question: "How do I import an SVG file as a React component?",
    relevant: ["api/plugins/plugin-svgr.mdx", "guides/markdown-features/markdown-features-assets.mdx"],
  },

  // Sidebars
  {
    question: "How do I change the order of pages in an autogenerated sidebar?",
    relevant: ["guides/docs/sidebar/autogenerated.mdx", "api/plugins/plugin-content-docs.mdx"],
  },
  {
    question: "How do I make sidebar categories open by default instead of collapsed?",
    relevant: [
      "guides/docs/sidebar/items.mdx",
      "guides/docs/sidebar/autogenerated.mdx",
      "api/plugins/plugin-content-docs.mdx",
    ],
  },
  {
    question: "Can readers hide the side menu to get more room for the content?", // paraphrase
    relevant: ["guides/docs/sidebar/index.mdx", "api/themes/theme-configuration.mdx"],
  },
  {
    question: "How do I show a different sidebar for the API reference than for the guides?",
    relevant: ["guides/docs/sidebar/multiple-sidebars.mdx"],
  },
  {
    question: "How can a sidebar category get an overview page that lists its child docs as cards?", // paraphrase
    relevant: ["guides/docs/sidebar/items.mdx"],
  },

  // Docs
  {
    question: "How do I change the URL of a doc without renaming the file?", // paraphrase
    relevant: ["guides/docs/docs-create-doc.mdx", "api/plugins/plugin-content-docs.mdx", "advanced/routing.mdx"],
  },
  {
    question: "How can I publish a doc that only people with the direct link can find?", // paraphrase
    relevant: ["api/plugins/plugin-content-docs.mdx"],
  },
  {
    question: "How do I show when each doc was last changed and by whom?", // paraphrase
    relevant: ["api/plugins/plugin-content-docs.mdx"],
  },
  {
    question: "How do I add an 'Edit this page' link to my GitHub repo on every doc?",
    relevant: ["api/plugins/plugin-content-docs.mdx"],
  },
  {
    question: "How do I make the docs the home page of the site, with no landing page?",
    relevant: ["guides/docs/docs-introduction.mdx", "api/plugins/plugin-content-docs.mdx"],
  },
  {
    question: "Can one site host Android SDK docs and iOS SDK docs, each with its own versions?",
    relevant: ["guides/docs/docs-multi-instance.mdx"],
  },

  // Versioning
  {
    question: "How do I snapshot the docs for the 1.0 release and keep working on the next one?", // paraphrase
    relevant: ["guides/docs/versioning.mdx"],
  },
  { question: "How do I delete an old docs version?", relevant: ["guides/docs/versioning.mdx"] },
  {
    question: "How do I add a version picker to the navbar?", // paraphrase
    relevant: ["guides/docs/versioning.mdx", "api/themes/theme-configuration.mdx"],
  },

  // Blog and pages
  {
    question: "How do I show only an excerpt of each post on the blog index?", // paraphrase
    relevant: ["blog.mdx", "api/plugins/plugin-content-blog.mdx"],
  },
  {
    question: "How do I avoid repeating the same author details in every blog post?",
    relevant: ["blog.mdx", "api/plugins/plugin-content-blog.mdx"],
  },
  {
    question: "How do I turn off the estimated reading time on blog posts?",
    relevant: ["blog.mdx", "api/plugins/plugin-content-blog.mdx"],
  },
  {
    question: "How do I keep a blog post off the live site while I'm still writing it?", // paraphrase
    relevant: ["api/plugins/plugin-content-blog.mdx"],
  },
  { question: "Does the blog have an RSS feed?", relevant: ["blog.mdx", "api/plugins/plugin-content-blog.mdx"] },
  {
    question: "I only want a blog, no docs. How do I make the blog the home page?",
    relevant: ["blog.mdx", "guides/docs/docs-introduction.mdx", "api/plugins/plugin-content-blog.mdx"],
  },
  {
    question: "How do I create a standalone showcase page that isn't part of the docs?",
    relevant: ["guides/creating-pages.mdx"],
  },

  // i18n
  { question: "How do I add a French translation of my site?", relevant: ["i18n/i18n-tutorial.mdx"] },
  {
    question: "Does Docusaurus support right-to-left languages like Arabic?",
    relevant: ["i18n/i18n-introduction.mdx", "i18n/i18n-tutorial.mdx", "api/docusaurus.config.js.mdx"],
  },
  {
    question: "How do I add a language switcher to the navbar?", // paraphrase
    relevant: ["api/themes/theme-configuration.mdx", "i18n/i18n-tutorial.mdx"],
  },
  {
    question: "How do I mark text in my React components for translation?",
    relevant: ["i18n/i18n-tutorial.mdx", "docusaurus-core.mdx"],
  },
  {
    question: "Can we keep our translations in Git instead of using a translation service?",
    relevant: ["i18n/i18n-git.mdx"],
  },
  { question: "How do I sync my site's translations with Crowdin?", relevant: ["i18n/i18n-crowdin.mdx"] },
  {
    question: "We're moving a translated v1 site to v2. Can we keep our existing Crowdin project?",
    relevant: ["migration/v2/migration-translated-sites.mdx"],
  },
  {
    question: "Is there a lint rule that warns about JSX text that isn't wrapped for translation?",
    relevant: ["api/misc/eslint-plugin/no-untranslated-text.mdx", "api/misc/eslint-plugin/README.mdx"],
  },

  // Plugins
  {
    question: "What's the difference between a plugin, a theme and a preset?",
    relevant: ["using-plugins.mdx", "advanced/plugins.mdx"],
  },
  {
    question: "How do I write my own plugin?",
    relevant: ["advanced/plugins.mdx", "api/plugin-methods/README.mdx"],
  },
  {
    question: "How can a plugin change the webpack config, for example to add an alias?",
    relevant: ["api/plugin-methods/lifecycle-apis.mdx"],
  },
  {
    question: "How do I run a script once the site has finished building?", // paraphrase
    relevant: ["api/plugin-methods/lifecycle-apis.mdx"],
  },
  {
    question: "How can my plugin add a new command to the docusaurus CLI?",
    relevant: ["api/plugin-methods/extend-infrastructure.mdx"],
  },
  {
    question: "How does a plugin provide translation files for the labels it renders?",
    relevant: ["api/plugin-methods/i18n-lifecycles.mdx"],
  },
  {
    // paraphrase
    question: "How do I check the options users pass to my plugin and report an error when they're wrong?",
    relevant: ["api/plugin-methods/static-methods.mdx"],
  },
  {
    // paraphrase
    question: "How should my plugin print nicely formatted warnings in the terminal, like Docusaurus does?",
    relevant: ["api/misc/logger/logger.mdx"],
  },
  {
    question: "I renamed a page. How do I keep the old address working for people who bookmarked it?", // paraphrase
    relevant: ["api/plugins/plugin-client-redirects.mdx"],
  },
  {
    question: "How do I add Google Analytics 4 to my site?",
    relevant: ["api/plugins/plugin-google-gtag.mdx", "api/plugins/plugin-google-analytics.mdx"],
  },
  {
    question: "Why isn't Google Analytics recording anything while I run the dev server?",
    relevant: ["api/plugins/plugin-google-gtag.mdx", "api/plugins/plugin-google-analytics.mdx"],
  },
  { question: "How do I add Google Tag Manager?", relevant: ["api/plugins/plugin-google-tag-manager.mdx"] },
  { question: "How do I enable Vercel Analytics?", relevant: ["api/plugins/plugin-vercel-analytics.mdx"] },
  {
    question: "Can my docs be installed on a phone like an app and work without a connection?", // paraphrase
    relevant: ["api/plugins/plugin-pwa.mdx"],
  },
  {
    question: "How can I make big images load faster, with a blurry preview first?", // paraphrase
    relevant: ["api/plugins/plugin-ideal-image.mdx"],
  },
  {
    question: "Where can I see the routes and plugin data my site generated?",
    relevant: ["api/plugins/plugin-debug.mdx"],
  },
  {
    question: "How can I find which loader or plugin is slowing down my build?",
    relevant: ["api/plugins/plugin-rsdoctor.mdx"],
  },
  {
    question: "Is there a lint rule that flags plain <a> tags that should be Link?",
    relevant: ["api/misc/eslint-plugin/no-html-links.mdx", "api/misc/eslint-plugin/README.mdx"],
  },

  // Client side, routing and SSR
  {
    question: "My script runs on the first page load but not when I navigate to another page", // paraphrase
    relevant: ["advanced/client.mdx"],
  },
  {
    question: "ReferenceError: window is not defined when I run docusaurus build",
    relevant: ["advanced/ssg.mdx", "docusaurus-core.mdx"],
  },
  {
    question: "I put an HTML file in the static folder, but a link to it shows a 404 page",
    relevant: ["advanced/routing.mdx"],
  },

  // CLI, upgrades and migration
  { question: "How do I run the dev server over HTTPS?", relevant: ["cli.mdx"] },
  {
    question: "I get strange errors after upgrading Docusaurus. What should I try first?",
    relevant: ["migration/index.mdx", "cli.mdx"],
  },
  {
    question: "Could not parse expression with acorn after upgrading to v3",
    relevant: ["migration/v3.mdx"],
  },
  {
    question: "How can I find which Markdown files will break under MDX v3 before upgrading?",
    relevant: ["migration/v3.mdx"],
  },
  {
    question: "Is there a tool that converts a Docusaurus v1 site to v2?",
    relevant: ["migration/v2/migration-automated.mdx", "migration/v2/migration-overview.mdx"],
  },
  {
    question: "Where did the headerLinks option from Docusaurus 1 go in v2?",
    relevant: ["migration/v2/migration-manual.mdx"],
  },
  {
    question: "How do I fix the front matter of versioned docs when migrating from v1?",
    relevant: ["migration/v2/migration-versioned-sites.mdx"],
  },
  { question: "How do I make my site work on older browsers?", relevant: ["browser-support.mdx"] },
  { question: "How do I add TypeScript to an existing Docusaurus site?", relevant: ["typescript-support.mdx"] },
];
