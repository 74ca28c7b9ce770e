import { describe, expect, it } from "vitest";
import { answerBlocks } from "../src/index";

describe("answerBlocks", () => {
  it("reads a section answer: heading, paragraph, fenced code, Read more and Also relevant", () => {
    const answer = [
      "Writing a plugin — Plugins",
      "A plugin is a function. [1]",
      "```\nexport default function plugin() {\n\n  return {};\n}\n```",
      "Read more: /docs/plugins#writing-a-plugin",
      "Also relevant:\n- Themes: A theme changes how pages look. [2]\n- Ordering [3]",
    ].join("\n\n");
    expect(answerBlocks(answer)).toEqual([
      { kind: "paragraph", text: "Writing a plugin — Plugins" },
      { kind: "paragraph", text: "A plugin is a function. [1]" },
      { kind: "code", code: "export default function plugin() {\n\n  return {};\n}" },
      { kind: "read-more", url: "/docs/plugins#writing-a-plugin" },
      { kind: "list", title: "Also relevant", items: ["Themes: A theme changes how pages look. [2]", "Ordering [3]"] },
    ]);
  });

  it("reads a refusal's closest matches, and leaves anything else as a paragraph", () => {
    expect(answerBlocks("The documentation doesn't seem to cover “x”.\n\nClosest matches:\n- Intro [1]")).toEqual([
      { kind: "paragraph", text: "The documentation doesn't seem to cover “x”." },
      { kind: "list", title: "Closest matches", items: ["Intro [1]"] },
    ]);
    expect(answerBlocks("Plain text [1] with ``` inline.")).toEqual([
      { kind: "paragraph", text: "Plain text [1] with ``` inline." },
    ]);
  });
});
