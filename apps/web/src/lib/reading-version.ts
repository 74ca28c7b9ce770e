/**
 * The version of the docs the reader last read a page of, in this tab: the assistant's own page
 * answers from it, as a reader of the 3.7.0 docs who opens the assistant means 3.7.0. Kept in
 * sessionStorage so a reload keeps it and another tab keeps its own; a name, nothing personal.
 */
const KEY = "pw-reading-version";

// The tab's copy, for when storage is refused (private modes, blocked cookies): this visit still remembers.
let remembered: string | undefined;

export function rememberReadingVersion(name: string): void {
  remembered = name;
  try {
    sessionStorage.setItem(KEY, name);
  } catch {
    // Storage refused: the in-memory copy serves until the tab is closed or reloaded.
  }
}

/** The version last read in this tab, undefined when no page of the docs has been read here. */
export function readingVersionName(): string | undefined {
  if (remembered !== undefined) return remembered;
  try {
    remembered = sessionStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
  return remembered;
}
