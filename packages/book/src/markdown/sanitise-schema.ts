import { defaultSchema, type Schema } from "hast-util-sanitize";
import { LINE_COUNTER_RESET } from "./code/code-figure";
import { ATTRIBUTE_UNITS, boundedLengthSource, LENGTH_ATTRIBUTES } from "./math-length-limits";

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
  "dataQueryString",
  "dataLanguage",
  "dataStart",
  "title",
  "lang",
  "dir",
] satisfies NonNullable<Schema["attributes"]>[string];

/**
 * The MathML Core elements Temml writes (render-math.ts), and their layout
 * attributes: no links, and of inline styles only the few declarations Temml
 * lays math out with (padding, margins, colour, script depth, block display),
 * their values numbers and colours only.
 */
const MATHML_TAGS = [
  "math",
  "semantics",
  "annotation",
  "mrow",
  "mi",
  "mn",
  "mo",
  "ms",
  "mtext",
  "mspace",
  "msup",
  "msub",
  "msubsup",
  "mfrac",
  "msqrt",
  "mroot",
  "mover",
  "munder",
  "munderover",
  "mmultiscripts",
  "mprescripts",
  "none",
  "mtable",
  "mtr",
  "mtd",
  "mpadded",
  "mphantom",
  "menclose",
  "mstyle",
  "merror",
];
/**
 * Lengths no larger than render-math.ts leaves them (math-length-limits.ts): a length out of
 * range (raw MathML in a page, which Temml did not write) loses its attribute, and MathML its default.
 */
const STYLE_LENGTH = boundedLengthSource(["em", "ex", "pt"]);
const STYLE_LENGTH_OR_ZERO = boundedLengthSource(["em", "ex", "pt", ""]);
const MATH_STYLE = new RegExp(
  `^(?:(?:padding|margin)-(?:left|right|top|bottom):${STYLE_LENGTH};|padding:(?: ?${STYLE_LENGTH_OR_ZERO}){1,4};|color:(?:#[\\da-f]{3,8}|[a-z]+);|math-depth:\\d;|display:block math;)+$`,
  "i",
);
const MATH_LENGTH = boundedLengthSource(ATTRIBUTE_UNITS);
const MATH_LENGTHS = new RegExp(`^${MATH_LENGTH}(?: ${MATH_LENGTH})*$`, "i");
/** Nested `<mstyle>`s must not be able to grow the font (a negative level is a larger one). */
const SCRIPT_LEVEL = /^\+?\d$/;
const MATHML_LAYOUT: Record<string, string[]> = {
  math: ["display"],
  annotation: ["encoding"],
  mi: ["mathvariant"],
  mo: ["stretchy", "fence", "separator", "lspace", "rspace", "minsize", "maxsize", "movablelimits", "form", "accent"],
  mspace: ["width", "height", "depth", "linebreak"],
  mfrac: ["linethickness"],
  mover: ["accent"],
  munder: ["accentunder"],
  munderover: ["accent", "accentunder"],
  mtable: [
    "columnalign",
    "rowalign",
    "columnspacing",
    "rowspacing",
    "columnlines",
    "rowlines",
    "frame",
    "framespacing",
  ],
  mtr: ["columnalign", "rowalign"],
  mtd: ["columnalign", "rowalign", "columnspan", "rowspan"],
  mpadded: ["width", "height", "depth", "lspace", "voffset"],
  menclose: ["notation"],
  mstyle: ["mathvariant", "mathcolor", "mathbackground", "mathsize", "displaystyle", "scriptlevel"],
};
const MATHML_ATTRIBUTES: NonNullable<Schema["attributes"]> = Object.fromEntries(
  MATHML_TAGS.map((tag) => [tag, [...(MATHML_LAYOUT[tag] ?? []).map(mathAttribute), ["style", MATH_STYLE]]]),
);

function mathAttribute(name: string): NonNullable<Schema["attributes"]>[string][number] {
  if (LENGTH_ATTRIBUTES.includes(name)) return [name, MATH_LENGTHS];
  return name === "scriptlevel" ? [name, SCRIPT_LEVEL] : name;
}

/**
 * Exactly the article markup of the contract: its classes, ARIA, the data-*
 * attributes the SPA scripts read, MathML; no `style` (but MathML's few
 * layout declarations and a code block's line counter start), no event handlers,
 * no `javascript:` URLs, ids unprefixed.
 */
export const articleSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: "",
  clobber: [],
  strip: ["script", "style", "template"],
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    "nav",
    "figure",
    "figcaption",
    "button",
    "mark",
    "abbr",
    "cite",
    "u",
    ...MATHML_TAGS,
  ],
  attributes: {
    ...MATHML_ATTRIBUTES,
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
    // A numbered code block starting past 1 (code-figure.ts); no other style.
    code: [["style", LINE_COUNTER_RESET]],
  },
  protocols: {
    href: ["http", "https", "mailto"],
    src: ["http", "https"],
  },
};
