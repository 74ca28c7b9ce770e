/**
 * @pagewise/docusaurus: the Pagewise assistant on every page of a Docusaurus site, with no
 * swizzling. The plugin puts one `<pagewise-assistant>` at the end of every page's body (outside
 * React's tree, so hydration never touches it) and a client module that loads the element and
 * shows it only on the routes the site chose.
 *
 *   plugins: [["@pagewise/docusaurus", { server: "https://assistant.example.com" }]],
 */
import { fileURLToPath } from "node:url";
import { normalizeOptions, type ValidatedOptions } from "./options.js";

export { type PagewiseOptions, PagewiseOptionsError, type ValidatedOptions } from "./options.js";

/** What the plugin reads of Docusaurus' LoadContext. */
export interface PluginContext {
  baseUrl: string;
}

/** The HTML tag Docusaurus writes into every page (its HtmlTagObject). */
export interface HtmlTag {
  tagName: string;
  attributes: Record<string, string | boolean>;
  /** Docusaurus accepts tag names outside HTML's only when told they name a custom element. */
  customElement: boolean;
}

export default function pagewisePlugin(context: PluginContext, options: ValidatedOptions) {
  return {
    name: "@pagewise/docusaurus",
    getClientModules(): string[] {
      return [fileURLToPath(new URL("./client-module.js", import.meta.url))];
    },
    injectHtmlTags(): { postBodyTags: HtmlTag[] } {
      return { postBodyTags: [assistantTag(context.baseUrl, options)] };
    },
  };
}

/** Docusaurus calls this before the plugin, with the options from `docusaurus.config`. */
export function validateOptions({ options }: { options: unknown }): ValidatedOptions {
  return normalizeOptions(options);
}

/** The element as every page carries it; hidden at first when it shows on some routes only. */
export function assistantTag(baseUrl: string, options: ValidatedOptions): HtmlTag {
  const { server, launcher, routes, theme, shortcut, selectToAsk } = options;
  const base = baseUrl.replace(/\/+$/, "");
  return {
    tagName: "pagewise-assistant",
    customElement: true,
    attributes: {
      server,
      launcher,
      theme,
      shortcut,
      "select-to-ask": selectToAsk ? "on" : "off",
      "data-pagewise-docusaurus": true,
      ...(routes.length > 0 && { "data-routes": routes.map((route) => `${base}${route}`).join(" "), hidden: true }),
    },
  };
}
