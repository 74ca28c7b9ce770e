import type { Element, ElementContent, Root, RootContent } from "hast";
import bash from "highlight.js/lib/languages/bash";
import diff from "highlight.js/lib/languages/diff";
import graphql from "highlight.js/lib/languages/graphql";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import typescript from "highlight.js/lib/languages/typescript";
import xml from "highlight.js/lib/languages/xml";
import yaml from "highlight.js/lib/languages/yaml";
import { createLowlight } from "lowlight";

// Only the languages the book's code blocks use: highlight.js' "common" set would add ~30 KB
// gzipped to the reader for grammars no page needs. Unknown languages stay plain, still readable.
const lowlight = createLowlight({ bash, diff, graphql, javascript, json, typescript, xml, yaml });
lowlight.registerAlias({ bash: ["sh", "shell", "zsh", "console"], typescript: ["ts", "tsx", "twoslash"] });

/** A rehype plugin: highlights `<pre><code class="language-x">` blocks in place. */
export function rehypeHighlightCode() {
  return (tree: Root) => {
    visitElements(tree, (element) => {
      if (element.tagName !== "code") return;
      const language = languageOf(element);
      if (language === undefined || !lowlight.registered(language)) return;
      const result = lowlight.highlight(language, textOf(element));
      element.children = result.children.filter(isElementContent);
      element.properties = { ...element.properties, className: [...classNames(element), "hljs"] };
    });
  };
}

function visitElements(node: Root | Element, visit: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    visit(child);
    visitElements(child, visit);
  }
}

function classNames(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function languageOf(element: Element): string | undefined {
  const name = classNames(element).find((value) => value.startsWith("language-"));
  return name?.slice("language-".length).toLowerCase();
}

function textOf(node: Element | ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}

function isElementContent(node: RootContent): node is ElementContent {
  return node.type !== "doctype";
}
