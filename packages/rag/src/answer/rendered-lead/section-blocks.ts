import type { Element, ElementContent, Root, RootContent } from "hast";
import { EXIT, visit } from "unist-util-visit";
import { hasClass, headingLevel } from "./hast-nodes";

export interface SectionBlocks {
  /** The section's blocks after its heading, in document order, tabs shown as their selected panel. */
  blocks: ElementContent[];
  /** Whether tabs' other panels (yarn and pnpm beside npm) were left out. */
  hidTabs: boolean;
}

/**
 * The blocks of the section whose heading has the id `anchor`: the heading's
 * following siblings up to the next heading of the same or a higher level
 * (an h2's h3 subsections are its own). `""` is the top of the page: what
 * comes before the first h2, the page's h1 title left out. Undefined when the
 * page has no such heading.
 */
export function sectionBlocks(page: Root, anchor: string): SectionBlocks | undefined {
  let blocks: ElementContent[] | undefined;
  if (anchor === "") {
    const [first, ...rest] = page.children;
    const content = first?.type === "element" && first.tagName === "h1" ? rest : page.children;
    blocks = blocksUntil(content, 2);
  } else {
    visit(page, "element", (node, index, parent) => {
      const level = headingLevel(node);
      if (level === undefined || node.properties.id !== anchor || parent === undefined || index === undefined) return;
      blocks = blocksUntil(parent.children.slice(index + 1), level);
      return EXIT;
    });
  }
  if (blocks === undefined) return undefined;
  let hidTabs = false;
  const shown = withoutTabs(blocks, () => {
    hidTabs = true;
  });
  return { blocks: shown.filter((block) => !isBlank(block)), hidTabs };
}

/** The nodes before the first heading of `level` or higher, or the footnotes (which close the page, not a section). */
function blocksUntil(nodes: readonly RootContent[], level: number): ElementContent[] {
  const blocks: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type !== "element" && node.type !== "text") continue;
    if (node.type === "element") {
      const nodeLevel = headingLevel(node);
      if ((nodeLevel !== undefined && nodeLevel <= level) || hasClass(node, "footnotes")) break;
    }
    blocks.push(node);
  }
  return blocks;
}

/**
 * Tabs shown as their selected panel's content. A tab in the lead would switch
 * the page's panel instead of its own (tab-selection.ts finds panels by id,
 * and the lead keeps no ids), and the selected panel is what a reader first sees.
 */
function withoutTabs(nodes: readonly ElementContent[], onHidden: () => void): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== "element") return [node];
    if (!hasClass(node, "tabs")) return [{ ...node, children: withoutTabs(node.children, onHidden) }];
    const panels = node.children.filter(
      (child): child is Element => child.type === "element" && child.properties.role === "tabpanel",
    );
    if (panels.length > 1) onHidden();
    const shown = panels.find((panel) => panel.properties.hidden !== true) ?? panels[0];
    return withoutTabs(shown?.children ?? [], onHidden);
  });
}

/** Whitespace between blocks, and the empty paragraphs raw HTML can leave behind. */
function isBlank(node: ElementContent): boolean {
  if (node.type === "text") return node.value.trim() === "";
  if (node.type !== "element") return true;
  return node.tagName === "p" && node.children.every((child) => child.type === "text" && child.value.trim() === "");
}
