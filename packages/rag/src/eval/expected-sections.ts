/**
 * Which section of a page answers a question: for a subset of each public
 * book's evaluation questions (15 a book, spread over its pages), the page that
 * answers it and the section anchors a good answer should lead with. Measures
 * "the lead section answers the question".
 *
 * Written by reading the pages themselves, before looking at any answer or
 * running any retrieval: a miss is the system's problem, not the label's.
 *
 * - `question` is the question exactly as in the book's question set, `page`
 *   one of its relevant pages (relative to the docs folder).
 * - `anchors` are heading ids as the ingest assigns them
 *   (markdown/transforms/heading-ids.ts): an explicit `{#custom-id}` on the
 *   heading, else github-slugger over the heading's text, counted per page
 *   (`setup`, `setup-1`); headings in code fences are not headings.
 * - `""` is the top of the page: the content before its first h2.
 * - More than one anchor only when several sections answer it equally, e.g. an
 *   h2 and the h3 (or h4) under it that holds the exact answer.
 * - Questions whose answer lives in an imported partial are left out.
 */
export interface ExpectedSection {
  /** Exactly the question text as in the book's question set. */
  question: string;
  /** Relative to the docs folder, as in the question set. */
  page: string;
  /** Acceptable section anchors on that page ("" = top of page). */
  anchors: string[];
}

export const expectedSections: Record<
  "tRPC docs" | "Docusaurus docs" | "Prettier docs" | "Babel docs",
  ExpectedSection[]
> = {
  "tRPC docs": [
    {
      question: "How can I add an authorization header to every request from the client?",
      page: "client/headers.md",
      anchors: [""],
    },
    {
      question: "How do I limit the number of operations sent in one batch?",
      page: "client/links/httpBatchLink.md",
      anchors: [
        "limiting-batch-size",
        "1-set-a-maximum-batch-size-on-your-server",
        "2-set-a-matching-limit-on-the-client",
      ],
    },
    {
      question: "How do I pass an auth token to an SSE subscription connection?",
      page: "client/links/httpSubscriptionLink.md",
      anchors: ["headers-and-authorization--authentication", "custom-headers-through-ponyfill", "connectionParams"],
    },
    {
      question: "How do I write my own custom link?",
      page: "client/links/overview.md",
      anchors: ["creating-a-custom-link", "example"],
    },
    {
      question: "Can the client automatically retry failed requests?",
      page: "client/links/retryLink.md",
      anchors: ["", "usage"],
    },
    {
      question: "Why do I have to forward the client's headers to the server when using SSR?",
      page: "client/nextjs/pages-router/ssr.md",
      anchors: [
        "q-why-do-i-need-to-forward-the-clients-headers-to-the-server-manually-why-doesnt-trpc-automatically-do-that-for-me",
      ],
    },
    { question: "Is tRPC production ready?", page: "further/faq.mdx", anchors: ["is-trpc-production-ready"] },
    {
      question: "Which HTTP status code does each tRPC error code map to?",
      page: "further/rpc.md",
      anchors: ["error-codes---http-status"],
    },
    {
      question: "How do I enable WebSockets with the Fastify adapter?",
      page: "server/adapters/fastify.md",
      anchors: ["enable-websockets", "activate-the-usewss-option"],
    },
    {
      question: "How do I handle CORS with the standalone server?",
      page: "server/adapters/standalone.md",
      anchors: ["handling-cors--options", "2-configure-the-standalone-server"],
    },
    {
      question: "How do I include zod validation errors in the error response?",
      page: "server/error-formatting.md",
      anchors: ["usage-example-highlighted", "adding-custom-formatting"],
    },
    { question: "Can routers be lazy loaded?", page: "server/merging-routers.md", anchors: ["lazy-load"] },
    {
      question: "How do I write a middleware that logs how long each call takes?",
      page: "server/middlewares.md",
      anchors: ["logging"],
    },
    {
      question: "How do I stop a subscription from the server?",
      page: "server/subscriptions.md",
      anchors: ["stopping-from-server"],
    },
    {
      question: "How do I validate the output of a procedure?",
      page: "server/validators.md",
      anchors: ["output-validators"],
    },
  ],
  "Docusaurus docs": [
    {
      question: "How do I make dead links only print a warning instead of failing the build?",
      page: "api/docusaurus.config.js.mdx",
      anchors: ["onBrokenLinks"],
    },
    {
      question: "How do I check the production build locally before deploying it?",
      page: "deployment.mdx",
      anchors: ["testing-build-locally"],
    },
    { question: "How do I load a custom font file from my CSS?", page: "static-assets.mdx", anchors: ["in-css"] },
    {
      question: "Algolia search returns no results, what's wrong?",
      page: "search.mdx",
      anchors: ["algolia-troubleshooting", "algolia-no-search-results"],
    },
    {
      question: "What's the breakpoint between the phone and desktop layouts?",
      page: "styling-layout.mdx",
      anchors: ["mobile-view"],
    },
    {
      question: "How do I show a dismissible banner above the header to announce a new release?",
      page: "api/themes/theme-configuration.mdx",
      anchors: ["announcement-bar"],
    },
    {
      question: "Where do I put a React context provider so it wraps the whole site and keeps its state between pages?",
      page: "swizzling.mdx",
      anchors: ["wrapper-your-site-with-root"],
    },
    {
      question: "How do I show a file name above a code block?",
      page: "guides/markdown-features/markdown-features-code-blocks.mdx",
      anchors: ["code-title"],
    },
    {
      question: "Can I share a link to a page with a particular tab already selected?",
      page: "guides/markdown-features/markdown-features-tabs.mdx",
      anchors: ["query-string"],
    },
    {
      question: "How do I give a heading a fixed ID so links to it keep working when I reword it?",
      page: "guides/markdown-features/markdown-features-toc.mdx",
      anchors: ["heading-ids"],
    },
    {
      question: "How do I delete an old docs version?",
      page: "guides/docs/versioning.mdx",
      anchors: ["deleting-an-existing-version"],
    },
    {
      question: "Where can I see the routes and plugin data my site generated?",
      page: "api/plugins/plugin-debug.mdx",
      anchors: [""],
    },
    {
      question: "How can I find which loader or plugin is slowing down my build?",
      page: "api/plugins/plugin-rsdoctor.mdx",
      anchors: [""],
    },
    {
      question: "How do I run the dev server over HTTPS?",
      page: "cli.mdx",
      anchors: ["docusaurus-start-sitedir", "enabling-https"],
    },
    {
      question: "How can I find which Markdown files will break under MDX v3 before upgrading?",
      page: "migration/v3.mdx",
      anchors: ["using-the-mdx-checker-cli"],
    },
  ],
  "Prettier docs": [
    {
      question: "is prettier only for js or will it also do my scss, markdown and yaml files?",
      page: "index.md",
      anchors: [""],
    },
    {
      question:
        "set semi: false and now prettier puts a `;` at the START of lines like `;[1, 2].forEach(fn)`. that looks broken??",
      page: "rationale.md",
      anchors: ["semicolons"],
    },
    {
      question:
        "my import with only one named thing is ~110 chars and prettier won't wrap it even with printWidth 80. bug?",
      page: "rationale.md",
      anchors: ["print-width", "imports"],
    },
    {
      question:
        "teammate ran prettier without it being in our deps, got a different build than the rest of us and it reformatted half the repo. how do we stop that happening again?",
      page: "install.md",
      anchors: [""],
    },
    {
      question:
        "want to keep my hand-aligned 4x4 transform array in one js file, but the formatter squashes it onto a single line every run",
      page: "ignore.md",
      anchors: ["javascript"],
    },
    {
      question: "how do i leave all .json files out of a single run, without touching any config?",
      page: "ignore.md",
      anchors: ["command-line-file-patterns"],
    },
    {
      question: "how do i run prettier from lefthook on commit and re-add the files it fixed? lefthook.yml example pls",
      page: "precommit.md",
      anchors: ["option-5-lefthook"],
    },
    {
      question:
        "in my plugin's printer, how do I format the javascript that sits inside one of my nodes (like a <script> block) with the babel parser?",
      page: "plugins.md",
      anchors: ["printers", "optional-embed"],
    },
    {
      question:
        "CI log says `[warn] Code style issues found in 4 files. Run Prettier with --write to fix.` does that actually fail the job or is it just a warning? what exit code?",
      page: "cli.md",
      anchors: ["--check", "exit-codes"],
    },
    {
      question:
        '`prettier --write "app/[slug]/*.tsx"` matches nothing even though the files are there (next.js dynamic route folder). how do i target that dir?',
      page: "cli.md",
      anchors: ["file-patterns"],
    },
    {
      question:
        'using prettier/standalone in a react app and getting `Couldn\'t resolve parser "babel". Plugins must be explicitly added to the standalone bundle.`',
      page: "browser.md",
      anchors: ["prettierformatcode-options"],
    },
    {
      question: "`[warn] jsxBracketSameLine is deprecated.` what am i supposed to use now?",
      page: "options.md",
      anchors: ["deprecated-jsx-brackets", "bracket-line"],
    },
    {
      question:
        "huge legacy codebase, we want to move files over to auto-formatting a few at a time as people touch them. anything built in for that?",
      page: "options.md",
      anchors: ["require-pragma", "insert-pragma"],
    },
    {
      question:
        'tried `{ "semi": false, "test/**": { "semi": true } }` in .prettierrc and the test part does nothing. how do i do per-folder settings?',
      page: "configuration.md",
      anchors: ["configuration-overrides"],
    },
    {
      question:
        '`"prettier": "@acme/prettier-config"` in package.json works fine, but how do i override just `semi: false` in one repo?',
      page: "sharing-configurations.md",
      anchors: ["extending-a-shareable-config"],
    },
  ],
  "Babel docs": [
    {
      question:
        "one of my plugins clearly isn't being applied to a single component file. is there an env var or switch that makes babel dump the final resolved settings it used for exactly that file?",
      page: "configuration.md",
      anchors: ["print-effective-configs"],
    },
    {
      question:
        "every workspace package has its own little babel settings file next to its package.json, but when we build from the top of the repo those get silently skipped and only the top-level one applies. why, and how do i turn them on?",
      page: "config-files.md",
      anchors: ["subpackage-babelrcjson-files"],
    },
    {
      question:
        "our babel setup is a JS file exporting a function, shared by jest (on-the-fly compile in node) and the webpack build. inside it can I detect which tool loaded it, so a plugin only gets added for one of them?",
      page: "config-files.md",
      anchors: ["apicallercb"],
    },
    {
      question:
        "our crash reporter can't read .map files, so stack traces point at the wrong rows of the built code. can the output keep each statement on the same line number it had in the original file?",
      page: "options.md",
      anchors: ["retainlines"],
    },
    {
      question:
        "if i have two entries under plugins and two under presets, which one gets to touch the code first? swapping preset-env and preset-react changes my output",
      page: "plugins.md",
      anchors: ["plugin-ordering"],
    },
    {
      question:
        "we want to publish one internal npm package with our standard babel setup (env + class fields transform with options) so all 12 frontends can just reference it. what does that package need to export?",
      page: "presets.md",
      anchors: ["creating-a-preset"],
    },
    {
      question:
        "how do i get preset-env to print which transforms and polyfills it turned on and which of my browsers needed each one?",
      page: "preset-env.md",
      anchors: ["debug"],
    },
    {
      question:
        "compiled `#secret` class fields end up tucked away in WeakMaps and are a pain to inspect in devtools. I don't need real privacy — can they just be stored as normal hidden props on the object?",
      page: "assumptions.md",
      anchors: ["privatefieldsasproperties"],
    },
    {
      question:
        "`Module not found: Error: Can't resolve '@babel/runtime/helpers/classCallCheck'` — only for a package we `npm link` into the app. @babel/runtime is definitely installed in the app itself",
      page: "plugin-transform-runtime.md",
      anchors: ["absoluteruntime"],
    },
    {
      question:
        "`npx babel src --out-dir lib` just says `Successfully compiled 0 files with Babel (9ms).` — src is all .ts/.tsx and preset-typescript is in babel.config.json",
      page: "cli.md",
      anchors: ["compile-directories", "directories-with-typescript-files"],
    },
    {
      question:
        "CI build went green but the app crashed in prod on an obvious string-vs-number mistake in a .ts file. shouldn't compiling the ts have caught that??",
      page: "plugin-transform-typescript.md",
      anchors: ["", "caveats"],
    },
    {
      question:
        "our node CLI takes ~2s to boot because every `require` generated from our imports runs up front. can babel delay loading a dependency until the first time it's actually used?",
      page: "plugin-transform-modules-commonjs.md",
      anchors: ["lazy"],
    },
    {
      question:
        "is it fine to run our express API in prod with `npx babel-node server.js` instead of building first? memory usage looks really high",
      page: "node.md",
      anchors: ["install", "not-meant-for-production-use"],
    },
    {
      question:
        "async functions compiled to bluebird coroutines, now `Error: A value was yielded that could not be treated as a promise` wherever we `await 42` or some other plain value",
      page: "plugin-transform-async-to-generator.md",
      anchors: ["caveats", "bluebird-non-promise-runtime-error"],
    },
    {
      question:
        'how do i use `import data from "./data.json" with { type: "json" }` and have babel compile it into something that runs under node with commonjs output?',
      page: "plugin-transform-json-modules.md",
      anchors: ["", "example"],
    },
  ],
};
