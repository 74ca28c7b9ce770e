/** What a site's `docusaurus.config` may say to the plugin. */
export interface PagewiseOptions {
  /** The Pagewise server's address, e.g. "https://assistant.example.com". Required. */
  server: string;
  /** The floating button: "bottom-right" (default), "bottom-left", or "none" (⌘K and the navbar item only). */
  launcher?: "bottom-right" | "bottom-left" | "none";
  /** Where the assistant shows: paths below the site's `baseUrl`, e.g. ["/docs"]. Every page by default. */
  routes?: string[];
  /** "light" or "dark" to force one; by default the site's own (its color-mode toggle). */
  theme?: "auto" | "light" | "dark";
  /** "mod+k" (default; ⌘K / Ctrl+K), another "mod+<key>", or "none". */
  shortcut?: string;
  /** false turns off "Ask about this" on selected text. */
  selectToAsk?: boolean;
}

/** The options with their defaults, as the plugin uses them. */
export type ValidatedOptions = Required<PagewiseOptions> & { id?: string };

const LAUNCHERS = ["bottom-right", "bottom-left", "none"] as const;
const THEMES = ["auto", "light", "dark"] as const;
const PATH = /^\/[A-Za-z0-9._~\-/]*$/;
const SHORTCUT = /^(mod\+[a-z0-9/]|none)$/i;

/** A typed config error: Docusaurus prints it and stops, naming the plugin. */
export class PagewiseOptionsError extends Error {
  override name = "PagewiseOptionsError";
}

function fail(message: string): never {
  throw new PagewiseOptionsError(`@pagewise/docusaurus: ${message}`);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

function oneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return values.some((allowed) => allowed === value);
}

/** Checks the options a site gives and fills in the defaults; a wrong one stops the build with what to write. */
export function normalizeOptions(options: unknown): ValidatedOptions {
  if (!isRecord(options)) fail('give the plugin options: ["@pagewise/docusaurus", { server: "https://…" }].');
  const {
    server,
    launcher = "bottom-right",
    routes = [],
    theme = "auto",
    shortcut = "mod+k",
    selectToAsk = true,
    id,
  } = options;
  if (typeof server !== "string" || !isHttpUrl(server)) {
    fail(
      `"server" must be the Pagewise server's address, e.g. "https://assistant.example.com"; got ${JSON.stringify(server)}.`,
    );
  }
  if (!oneOf(LAUNCHERS, launcher)) {
    fail(`"launcher" must be one of ${LAUNCHERS.join(", ")}; got ${JSON.stringify(launcher)}.`);
  }
  if (!Array.isArray(routes) || !routes.every((route) => typeof route === "string" && PATH.test(route))) {
    fail(`"routes" must be a list of paths such as ["/docs"]; got ${JSON.stringify(routes)}.`);
  }
  if (!oneOf(THEMES, theme)) {
    fail(`"theme" must be one of ${THEMES.join(", ")}; got ${JSON.stringify(theme)}.`);
  }
  if (typeof shortcut !== "string" || !SHORTCUT.test(shortcut)) {
    fail(`"shortcut" must be "mod+<key>" (e.g. "mod+k") or "none"; got ${JSON.stringify(shortcut)}.`);
  }
  if (typeof selectToAsk !== "boolean")
    fail(`"selectToAsk" must be true or false; got ${JSON.stringify(selectToAsk)}.`);
  return {
    server: server.replace(/\/+$/, ""),
    launcher,
    routes: routes.map(String),
    theme,
    shortcut,
    selectToAsk,
    ...(typeof id === "string" && { id }),
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
