import { useEffect, useState } from "preact/hooks";
import type { Settings } from "./settings";

/**
 * The host page's theme, followed as it changes: Docusaurus' `<html data-theme="dark">` (or a
 * `dark` class, as Tailwind sites write it), else the system's preference.
 */
export function useHostTheme(setting: Settings["theme"]): "light" | "dark" {
  const [theme, setTheme] = useState(() => (setting === "auto" ? hostTheme() : setting));
  useEffect(() => {
    if (setting !== "auto") {
      setTheme(setting);
      return;
    }
    const update = () => setTheme(hostTheme());
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme", "class"] });
    const media = matchMedia("(prefers-color-scheme: dark)");
    media.addEventListener("change", update);
    return () => {
      observer.disconnect();
      media.removeEventListener("change", update);
    };
  }, [setting]);
  return theme;
}

function hostTheme(): "light" | "dark" {
  const root = document.documentElement;
  const declared = root.dataset.theme;
  if (declared === "dark" || declared === "light") return declared;
  if (root.classList.contains("dark")) return "dark";
  return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}
