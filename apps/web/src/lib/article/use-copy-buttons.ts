import { type RefObject, useEffect } from "react";

/**
 * Adds a "Copy" button to every code block of the article. It copies what the reader sees
 * (the `<code>` text, directives already removed at ingest) and reports through `announce`,
 * which the page reads out in a live region.
 */
export function useCopyButtons(
  article: RefObject<HTMLElement | null>,
  html: string,
  announce: (message: string) => void,
): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the article's content is replaced when `html` changes
  useEffect(() => {
    const root = article.current;
    if (root === null) return;
    const buttons: HTMLButtonElement[] = [];
    for (const figure of root.querySelectorAll<HTMLElement>("figure.code-block")) {
      const code = figure.querySelector("code");
      if (code === null) continue;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "copy-code";
      button.textContent = "Copy";
      const title = figure.querySelector(".code-title")?.textContent;
      button.setAttribute("aria-label", title ? `Copy the code of ${title}` : "Copy the code");
      button.addEventListener("click", () => {
        const text = (code.textContent ?? "").replace(/\n$/, "");
        navigator.clipboard.writeText(text).then(
          () => {
            button.textContent = "Copied";
            window.setTimeout(() => {
              button.textContent = "Copy";
            }, 2000);
            announce("Copied");
          },
          () => announce("Could not copy: select the code and copy it instead"),
        );
      });
      figure.append(button);
      buttons.push(button);
    }
    return () => {
      for (const button of buttons) button.remove();
    };
  }, [article, html, announce]);
}
