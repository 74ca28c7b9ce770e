import { createElement, type ReactElement, useEffect } from "react";

export interface PagewiseAssistantProps {
  /** The Pagewise server's address, e.g. "https://assistant.example.com". */
  server: string;
  /** "light" or "dark" to force one; the host page's by default. */
  theme?: "auto" | "light" | "dark";
  /** Where the floating button sits ("bottom-right" by default, or "bottom-left"); "none" hides it. */
  launcher?: "bottom-right" | "bottom-left" | "none";
  /** "mod+k" by default; "none" turns the shortcut off. */
  shortcut?: string;
  /** "off" turns off "Ask about this" on selected text. */
  selectToAsk?: "on" | "off";
}

/**
 * `<pagewise-assistant>` for React apps. The element's code is loaded after the first render,
 * in the browser only, so server rendering (Next.js, Docusaurus) needs nothing more.
 */
export function PagewiseAssistant({
  server,
  theme,
  launcher,
  shortcut,
  selectToAsk,
}: PagewiseAssistantProps): ReactElement {
  useEffect(() => {
    void import("./index.js");
  }, []);
  return createElement("pagewise-assistant", {
    server,
    theme,
    launcher,
    shortcut,
    "select-to-ask": selectToAsk,
  });
}
