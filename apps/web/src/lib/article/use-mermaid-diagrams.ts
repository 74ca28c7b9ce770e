import { type RefObject, useEffect } from "react";
import { currentTheme, type Theme } from "../theme";
import { mermaidConfig } from "./mermaid-config";

const BLOCKS = 'figure.code-block[data-language="mermaid"]';

/**
 * Draws the article's ```mermaid code blocks as diagrams, as a Docusaurus site with
 * `@docusaurus/theme-mermaid` shows them. Mermaid is large, so only a page that has a diagram
 * loads it. A block stays code until its diagram is drawn, and stays code, with Mermaid's message
 * beside it, when Mermaid cannot read it. Diagrams are drawn again when the theme changes.
 */
export function useMermaidDiagrams(article: RefObject<HTMLElement | null>, html: string): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the article's content is replaced when `html` changes
  useEffect(() => {
    const root = article.current;
    const blocks = root === null ? [] : [...root.querySelectorAll<HTMLElement>(BLOCKS)];
    if (blocks.length === 0) return;
    let drawing = 0;
    let added: HTMLElement[] = [];
    const clear = () => {
      for (const element of added) element.remove();
      added = [];
      for (const block of blocks) block.hidden = false;
    };
    const draw = async (theme: Theme) => {
      const run = ++drawing;
      const mermaid = await loadMermaid();
      // Mermaid's code could not be fetched (offline, or a newer deploy): the blocks stay code.
      if (mermaid === undefined) return;
      mermaid.initialize(mermaidConfig(theme));
      const drawn: HTMLElement[] = [];
      for (const [index, block] of blocks.entries()) {
        const source = block.querySelector("code")?.textContent ?? "";
        drawn.push(await diagramOf(mermaid, `pw-mermaid-${run}-${index}`, source));
      }
      if (run !== drawing) return;
      clear();
      blocks.forEach((block, index) => {
        const element = drawn[index];
        if (element === undefined) return;
        if (element.classList.contains("mermaid-diagram")) block.hidden = true;
        block.before(element);
        added.push(element);
      });
    };
    let theme = currentTheme();
    void draw(theme);
    const redrawOnThemeChange = () => {
      if (currentTheme() === theme) return;
      theme = currentTheme();
      void draw(theme);
    };
    const classes = new MutationObserver(redrawOnThemeChange);
    classes.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
    const system = window.matchMedia("(prefers-color-scheme: dark)");
    system.addEventListener("change", redrawOnThemeChange);
    return () => {
      drawing += 1;
      classes.disconnect();
      system.removeEventListener("change", redrawOnThemeChange);
      clear();
    };
  }, [article, html]);
}

type Mermaid = typeof import("mermaid").default;

async function loadMermaid(): Promise<Mermaid | undefined> {
  try {
    return (await import("mermaid")).default;
  } catch {
    return undefined;
  }
}

/** The diagram, or a note saying why the code below it could not be drawn. */
async function diagramOf(mermaid: Mermaid, id: string, source: string): Promise<HTMLElement> {
  try {
    const { svg } = await mermaid.render(id, source);
    const diagram = document.createElement("div");
    diagram.className = "mermaid-diagram";
    // Mermaid's SVG, its labels escaped (securityLevel "strict") and sanitised by its DOMPurify.
    diagram.innerHTML = svg;
    return diagram;
  } catch (error) {
    // A failed render can leave its scratch element in the page.
    document.getElementById(`d${id}`)?.remove();
    const note = document.createElement("p");
    note.className = "mermaid-error";
    note.textContent = `This diagram could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
    return note;
  }
}
