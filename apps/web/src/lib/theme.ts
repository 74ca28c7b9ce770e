export type Theme = "light" | "dark";

const STORAGE_KEY = "pw-theme";
const CLASS_PREFIX = "pw-theme-";

function storedTheme(): Theme | undefined {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === "light" || value === "dark" ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The theme in effect: the reader's choice, else the system's. */
export function currentTheme(): Theme {
  return storedTheme() ?? (window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
}

function applyClass(theme: Theme | undefined): void {
  const root = document.documentElement;
  root.classList.remove(`${CLASS_PREFIX}light`, `${CLASS_PREFIX}dark`);
  // The stylesheet's colours are light-dark() pairs: the class only sets `color-scheme`.
  if (theme !== undefined) root.classList.add(CLASS_PREFIX + theme);
}

/**
 * Applies a theme the reader chose earlier. Called by main.tsx before React renders (the CSP
 * allows no inline script in index.html), so a dark page does not flash light first.
 */
export function applyStoredTheme(): void {
  applyClass(storedTheme());
}

export function chooseTheme(theme: Theme): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Refused storage: the choice holds for this page only.
  }
  applyClass(theme);
}
