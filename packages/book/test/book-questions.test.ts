import { describe, expect, it } from "vitest";
import { bookQuestions } from "../src/render/book-questions";
import type { TocEntry } from "../src/site/book-shapes";

const toc = (...texts: string[]): TocEntry[] => texts.map((text, i) => ({ depth: 2, text, id: `h${i}` }));

describe("the assistant's suggested questions", () => {
  const pages = [
    { slug: "plugins", label: "Plugins" },
    { slug: "store", label: "Store" },
    { slug: "", label: "Introduction" },
    { slug: "guides/quick-start", label: "Quick start" },
  ];
  const headings: Record<string, TocEntry[]> = {
    plugins: toc("Writing plugins", "Something missing?"),
    store: toc("Overview"),
    "": toc("Features", "Why use it?"),
    "guides/quick-start": toc("Install the CLI: `npm i -g quill`", "Configure your workspace"),
  };
  const questions = (title: string | null) => bookQuestions(pages, (slug) => headings[slug] ?? [], { title });

  it("asks what the book is, then starts where a new reader starts: the home page, then the quick start", () => {
    expect(questions("Quillstack")).toEqual([
      "What is Quillstack?",
      "Why use it?",
      "How do I install the CLI?",
      "How do I configure my workspace?",
    ]);
  });

  it("never makes a question of a bare label, a generic title or a heading's aside", () => {
    const all = questions("Introduction");
    expect(all).not.toContain("What is Introduction?");
    expect(all.some((question) => /What is (Plugins|Store)\?/.test(question))).toBe(false);
    expect(all).not.toContain("Something missing?");
    expect(all).toEqual([
      "Why use it?",
      "How do I install the CLI?",
      "How do I configure my workspace?",
      "How do I write plugins?",
    ]);
  });
});
