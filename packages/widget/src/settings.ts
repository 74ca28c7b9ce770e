/** What a page says on the element, read from its attributes. */
export interface Settings {
  /** The Pagewise server's address (`server="https://assistant.example.com"`); undefined when missing or not an http(s) URL. */
  server: string | undefined;
  /** `theme`: "light" or "dark" to force one; by default the host page's (Docusaurus' `data-theme`, else the system's). */
  theme: "auto" | "light" | "dark";
  /**
   * The floating button: `launcher="bottom-right"` (the default) or `"bottom-left"`; `"none"` hides
   * it (open the assistant from `<pagewise-sign-in>`, ⌘K or `element.open()`).
   */
  launcher: "bottom-right" | "bottom-left" | "none";
  /** `shortcut`: "mod+k" by default (⌘K on Apple systems, Ctrl+K elsewhere), "mod+i", …, or "none". */
  shortcut: Shortcut | undefined;
  /** `select-to-ask="off"` turns off the "Ask about this" button on selected text. */
  selectToAsk: boolean;
}

export interface Shortcut {
  key: string;
  /** The label shown on the launcher: "⌘K" or "Ctrl K". */
  label: string;
}

export const ATTRIBUTES = ["server", "theme", "launcher", "shortcut", "select-to-ask"];

const APPLE = /Mac|iPhone|iPad/;

export function readSettings(element: Element): Settings {
  const theme = element.getAttribute("theme");
  return {
    server: httpUrl(element.getAttribute("server")),
    theme: theme === "light" || theme === "dark" ? theme : "auto",
    launcher: launcherOf(element.getAttribute("launcher")),
    shortcut: parseShortcut(element.getAttribute("shortcut") ?? "mod+k"),
    selectToAsk: element.getAttribute("select-to-ask") !== "off",
  };
}

function httpUrl(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function launcherOf(value: string | null): Settings["launcher"] {
  return value === "none" || value === "bottom-left" ? value : "bottom-right";
}

function parseShortcut(value: string): Shortcut | undefined {
  const match = /^mod\+([a-z0-9/])$/i.exec(value.trim());
  if (!match?.[1]) return undefined;
  const key = match[1].toLowerCase();
  const apple = typeof navigator !== "undefined" && APPLE.test(navigator.platform || navigator.userAgent);
  return { key, label: apple ? `⌘${key.toUpperCase()}` : `Ctrl ${key.toUpperCase()}` };
}

/** Whether a keydown is the shortcut: ⌘ or Ctrl with its key, nothing else held. */
export function isShortcut(event: KeyboardEvent, shortcut: Shortcut): boolean {
  return (
    (event.metaKey || event.ctrlKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === shortcut.key
  );
}
