import { all, common, createLowlight } from "lowlight";

/**
 * The lowlight instance: highlight.js's common grammars plus the ones Docusaurus books reach for
 * beyond them (Dockerfiles, PowerShell, LaTeX, Windows batch, …). Importing lowlight loads every
 * grammar module anyway; registering only these keeps the per-process setup small.
 */
const extraGrammars = [
  "dockerfile",
  "powershell",
  "latex",
  "dos",
  "nginx",
  "protobuf",
  "http",
  "handlebars",
  "properties",
  "elixir",
  "haskell",
  "scala",
  "dart",
  "ocaml",
  "fsharp",
  "clojure",
  "erlang",
  "julia",
  "groovy",
  "gradle",
  "cmake",
  "apache",
  "nix",
  "vim",
];

const lowlight = createLowlight(common);
for (const name of extraGrammars) {
  const grammar = all[name];
  if (grammar !== undefined) lowlight.register(name, grammar);
}
// Names Docusaurus books use that highlight.js does not know under that name.
lowlight.registerAlias({
  markdown: ["mdx"],
  json: ["jsonc", "json5"],
  xml: ["vue", "svelte", "astro"],
  dos: ["batch"],
  properties: ["dotenv", "env"],
  shell: ["shell-session", "terminal"],
});

export { lowlight };

/**
 * The language a fence names, as the class and `data-language` show it: lower-cased, as written
 * (`ts` stays `ts`), `text` when none is given.
 */
export function displayLanguage(lang: string | null | undefined): string {
  const name = lang?.trim().toLowerCase() ?? "";
  return name === "" ? "text" : name;
}

/** The registered grammar for a language name or alias, undefined when there is none (plain text). */
export function grammarFor(language: string): string | undefined {
  return lowlight.registered(language) ? language : undefined;
}
