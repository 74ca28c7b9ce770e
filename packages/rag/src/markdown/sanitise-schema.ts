import { defaultSchema, type Schema } from "hast-util-sanitize";

const GLOBAL_ATTRIBUTES = [
  "className",
  // Heading ids stay Docusaurus's (so `/docs/x#custom-id` works); `pw-` ids are the app's own.
  ["id", /^(?!pw-)/],
  "role",
  "ariaLabel",
  "ariaLabelledBy",
  "ariaControls",
  "ariaSelected",
  "ariaHidden",
  "ariaDescribedBy",
  "hidden",
  "tabIndex",
  "dataValue",
  "dataGroupId",
  "dataLanguage",
  "dataStart",
  "title",
  "lang",
  "dir",
] satisfies NonNullable<Schema["attributes"]>[string];

/**
 * Exactly the article markup of the contract: its classes, ARIA, the data-*
 * attributes the SPA scripts read; no `style`, no event handlers, no
 * `javascript:` URLs, ids unprefixed.
 */
export const articleSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: "",
  clobber: [],
  strip: ["script", "style", "template"],
  tagNames: [...(defaultSchema.tagNames ?? []), "nav", "figure", "figcaption", "button", "mark", "abbr", "cite", "u"],
  attributes: {
    "*": GLOBAL_ATTRIBUTES,
    a: ["href", "rel", "download"],
    img: ["src", "alt", "loading", "width", "height"],
    button: [["type", "button"]],
    ol: ["start", ["type", "1", "a", "A", "i", "I"]],
    td: ["align", "colSpan", "rowSpan"],
    th: ["align", "colSpan", "rowSpan", "scope"],
    input: [["type", "checkbox"], ["disabled", true], "checked"],
    details: ["open"],
    li: [],
    code: [],
  },
  protocols: {
    href: ["http", "https", "mailto"],
    src: ["http", "https"],
  },
};
