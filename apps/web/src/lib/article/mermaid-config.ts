import type { MermaidConfig } from "mermaid";
import type { Theme } from "../theme";

/** Mermaid 11's own `secure` keys: replacing the list must not free them. */
const MERMAID_SECURE = [
  "secure",
  "securityLevel",
  "startOnLoad",
  "maxTextSize",
  "suppressErrorRendering",
  "maxEdges",
] as const satisfies readonly (keyof MermaidConfig)[];

/**
 * What a diagram's `%%{init: …}%%` or front-matter `config:` may not change, beyond Mermaid's own
 * list: whatever restyles it, since `themeCSS` is a stylesheet in the page (one rule can lay the
 * diagram over the whole window) and colours, fonts and looks are the app's, light or dark;
 * HTML labels and the DOMPurify settings of its labels, which are the app's safety, not the book's.
 * Layout settings (a flowchart's curve, wrapping) stay the book's to choose.
 */
export const MERMAID_LOCKED_KEYS = [
  ...MERMAID_SECURE,
  "theme",
  "themeCSS",
  "themeVariables",
  "darkMode",
  "look",
  "fontFamily",
  "altFontFamily",
  "fontSize",
  "htmlLabels",
  "legacyMathML",
  "forceLegacyMathML",
  "dompurifyConfig",
] as const satisfies readonly (keyof MermaidConfig)[];

/** How the article draws its diagrams in the reader's theme. */
export function mermaidConfig(theme: Theme): MermaidConfig {
  return {
    startOnLoad: false,
    // "strict": labels are text, not HTML, and diagrams cannot run click handlers.
    securityLevel: "strict",
    theme: theme === "dark" ? "dark" : "default",
    secure: [...MERMAID_LOCKED_KEYS],
  };
}
