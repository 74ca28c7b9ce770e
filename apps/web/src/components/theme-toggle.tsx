import { useState } from "react";
import { chooseTheme, currentTheme } from "../lib/theme";

/** Switches between light and dark; the choice is remembered (localStorage `pw-theme`). */
export function ThemeToggle() {
  const [theme, setTheme] = useState(currentTheme);
  const dark = theme === "dark";
  return (
    <button
      type="button"
      className="icon-button theme-toggle"
      aria-pressed={dark}
      title={dark ? "Dark theme (on)" : "Dark theme (off)"}
      data-testid="theme-toggle"
      onClick={() => {
        const next = dark ? "light" : "dark";
        chooseTheme(next);
        setTheme(next);
      }}
    >
      <span aria-hidden="true">{dark ? "☾" : "☀"}</span>
      <span className="visually-hidden">Dark theme</span>
    </button>
  );
}
