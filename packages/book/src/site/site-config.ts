import { constants } from "node:fs";
import { open, realpath } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";
import { readStaticModule, type StaticObject, StaticParseError, type StaticValue, staticObject } from "./static-value";

/** The names Docusaurus looks for its config under, in its order: it loads the first that exists. */
export const SITE_CONFIG_FILES = [
  "docusaurus.config.ts",
  "docusaurus.config.mts",
  "docusaurus.config.cts",
  "docusaurus.config.js",
  "docusaurus.config.mjs",
  "docusaurus.config.cjs",
] as const;

/** A larger config or sidebars file is not read (real ones are tens of KB). */
export const MAX_SITE_FILE_BYTES = 1024 * 1024;
/** A longer title or tagline is not the site's name or subtitle: ignored. */
export const MAX_SITE_TITLE_CHARS = 120;
export const MAX_SITE_TAGLINE_CHARS = 300;
/** Longer paths and URLs are not settings anyone wrote by hand: ignored. */
const MAX_SETTING_CHARS = 2048;

/** What Pagewise takes from the docs plugin's options (`presets: [['classic', {docs: {…}}]]`). */
export interface DocsOptions {
  /** The docs folder, relative to the site. */
  path?: string;
  routeBasePath?: string;
  /** The sidebars file, relative to the site; `false`: no sidebar. */
  sidebarPath?: string | false;
  /** "Edit this page" links start with it (a function is code: left out). */
  editUrl?: string;
  include?: string[];
  exclude?: string[];
  /** Versions (site-versions.ts): the one served at the docs' root, default the newest in `versions.json`. */
  lastVersion?: string;
  onlyIncludeVersions?: string[];
  includeCurrentVersion?: boolean;
  disableVersioning?: boolean;
  /** Per version name (`current`, `3.7.0`): how it is labelled, where it is served, its banner and badge. */
  versions?: Record<string, VersionOptions>;
}

/** One entry of the docs plugin's `versions` option. */
export interface VersionOptions {
  label?: string;
  path?: string;
  banner?: "none" | "unreleased" | "unmaintained";
  badge?: boolean;
}

/** A site's `docusaurus.config.*`, as far as it is written out literally (static-value.ts). */
export interface SiteConfig {
  /** The config file read. */
  path: string;
  title?: string;
  tagline?: string;
  url?: string;
  baseUrl?: string;
  /** The docs plugin's options; `false` when the site turns docs off. */
  docs: DocsOptions | false;
  /** Settings Pagewise reads that are not written literally, so were left out, as `path: reason`. */
  skipped: string[];
  /** How many other parts of the config are not written literally (Pagewise has no use for them). */
  otherSkipped: number;
}

/** The settings Pagewise reads, as static-value.ts names their paths: the site's, and the docs plugin's. */
const READ_SETTINGS =
  /^(?:title|tagline|url|baseUrl)(?![\w])|^(?:presets\[\d+\]\[1\]\.docs|plugins\[\d+\]\[1\])\.(?:path|routeBasePath|sidebarPath|editUrl|include|exclude|lastVersion|onlyIncludeVersions|includeCurrentVersion|disableVersioning|versions)(?![\w])/;

/**
 * The site's `docusaurus.config.*` in `siteRoot`, read as text and never run: the file is a
 * stranger's code, and often imports what is not installed here. `undefined` when there is none, or
 * the one Docusaurus would load is not a regular file inside `siteRoot`, is over MAX_SITE_FILE_BYTES
 * or is not UTF-8.
 */
export async function readSiteConfig(siteRoot: string): Promise<SiteConfig | undefined> {
  for (const name of SITE_CONFIG_FILES) {
    const path = join(siteRoot, name);
    const real = await realpath(path).catch(() => undefined);
    if (real === undefined) continue;
    const source = await readSiteText(siteRoot, real);
    return source === undefined ? undefined : siteConfigFrom(source, path);
  }
  return undefined;
}

/** A config's settings from its source; one that cannot be parsed gives none, and says why in `skipped`. */
export function siteConfigFrom(source: string, path: string): SiteConfig {
  let read: { value: StaticValue | undefined; skipped: string[] };
  try {
    read = readStaticModule(source, path);
  } catch (error) {
    if (!(error instanceof StaticParseError)) throw error;
    return {
      path,
      docs: {},
      skipped: [`(module): not valid JavaScript or TypeScript: ${error.message}`],
      otherSkipped: 0,
    };
  }
  const config = staticObject(read.value) ?? {};
  return {
    path,
    title: text(config.title, MAX_SITE_TITLE_CHARS),
    tagline: text(config.tagline, MAX_SITE_TAGLINE_CHARS),
    url: text(config.url, MAX_SETTING_CHARS),
    baseUrl: text(config.baseUrl, MAX_SETTING_CHARS),
    docs: docsOptions(config),
    skipped: read.skipped.filter((entry) => READ_SETTINGS.test(entry)),
    otherSkipped: read.skipped.filter((entry) => !READ_SETTINGS.test(entry)).length,
  };
}

/**
 * The docs plugin's options: the classic preset's `docs`, else a `plugin-content-docs` entry of
 * `plugins` without an `id` (or `id: 'default'`), as Docusaurus finds its default docs instance.
 */
function docsOptions(config: StaticObject): DocsOptions | false {
  const preset = entries(config.presets).find(([name]) => name === "classic" || name.endsWith("preset-classic"));
  const presetDocs = staticObject(preset?.[1])?.docs;
  if (presetDocs === false) return false;
  const plugin = entries(config.plugins).find(([name, options]) => {
    const id = staticObject(options)?.id;
    return (name === "content-docs" || name.endsWith("plugin-content-docs")) && (id === undefined || id === "default");
  });
  const options = staticObject(presetDocs) ?? staticObject(plugin?.[1]) ?? {};
  return {
    path: text(options.path, MAX_SETTING_CHARS),
    routeBasePath: text(options.routeBasePath, MAX_SETTING_CHARS),
    sidebarPath: options.sidebarPath === false ? false : text(options.sidebarPath, MAX_SETTING_CHARS),
    editUrl: text(options.editUrl, MAX_SETTING_CHARS),
    include: strings(options.include),
    exclude: strings(options.exclude),
    lastVersion: text(options.lastVersion, MAX_SETTING_CHARS),
    onlyIncludeVersions: strings(options.onlyIncludeVersions),
    includeCurrentVersion: boolean(options.includeCurrentVersion),
    disableVersioning: boolean(options.disableVersioning),
    versions: versionOptions(options.versions),
  };
}

/** The `versions` option's entries written out literally; anything else in them is left out. */
function versionOptions(value: StaticValue | undefined): Record<string, VersionOptions> | undefined {
  const object = staticObject(value);
  if (object === undefined) return undefined;
  const versions: Record<string, VersionOptions> = {};
  for (const [name, entry] of Object.entries(object)) {
    const options = staticObject(entry);
    if (options === undefined) continue;
    const banner = options.banner;
    versions[name] = {
      label: text(options.label, MAX_SITE_TITLE_CHARS),
      path: text(options.path, MAX_SETTING_CHARS),
      banner: banner === "none" || banner === "unreleased" || banner === "unmaintained" ? banner : undefined,
      badge: boolean(options.badge),
    };
  }
  return versions;
}

function boolean(value: StaticValue | undefined): boolean | undefined {
  return typeof value === "boolean" ? value : undefined;
}

/** A preset or plugin list's entries as [name, options]: `'classic'` or `['classic', {…}]`. */
function entries(list: StaticValue | undefined): Array<[string, StaticValue | undefined]> {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry): Array<[string, StaticValue | undefined]> => {
    if (typeof entry === "string") return [[entry, undefined]];
    if (Array.isArray(entry) && typeof entry[0] === "string") return [[entry[0], entry[1]]];
    return [];
  });
}

/** A string setting, whitespace folded; none when it is empty or longer than `max` (no real value is). */
function text(value: StaticValue | undefined, max: number): string | undefined {
  if (typeof value !== "string") return undefined;
  const folded = value.replace(/\s+/g, " ").trim();
  return folded === "" || folded.length > max ? undefined : folded;
}

function strings(value: StaticValue | undefined): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === "string") ? value.map(String) : undefined;
}

/**
 * A site file's text (its config, its sidebars), or undefined when it is not a regular UTF-8 file
 * inside `siteRoot` of at most MAX_SITE_FILE_BYTES. `realPath` is the file's path after symlinks.
 */
export async function readSiteText(siteRoot: string, realPath: string): Promise<string | undefined> {
  const realRoot = await realpath(siteRoot).catch(() => undefined);
  if (realRoot === undefined) return undefined;
  const inside = relative(realRoot, realPath);
  // A symlink out of the site would put another file's words in the book.
  if (inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return undefined;
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    // Non-blocking: a FIFO by the config's name must not hold the ingest until someone writes to it.
    handle = await open(realPath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const stats = await handle.stat();
    if (!stats.isFile() || stats.size > MAX_SITE_FILE_BYTES) return undefined;
    const bytes = await handle.readFile();
    if (bytes.length > MAX_SITE_FILE_BYTES || bytes.includes(0)) return undefined;
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}
