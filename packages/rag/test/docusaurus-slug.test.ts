import { describe, expect, it } from "vitest";
import { docusaurusSlug, parseNumberPrefix } from "../src/ingest/docusaurus-slug";

describe("docusaurusSlug", () => {
  it.each([
    [{ sourcePath: "intro.md" }, "intro"],
    [{ sourcePath: "guides/setup.md" }, "guides/setup"],
    [{ sourcePath: "guides/setup.md", frontMatterId: "install" }, "guides/install"],
    [{ sourcePath: "01-guides/02-setup.mdx" }, "guides/setup"],
    [{ sourcePath: "guides/index.md" }, "guides"],
    [{ sourcePath: "guides/README.md" }, "guides"],
    [{ sourcePath: "guides/guides.md" }, "guides"],
    [{ sourcePath: "index.mdx" }, ""],
    [{ sourcePath: "guides/index.md", frontMatterId: "overview" }, "guides"],
    [{ sourcePath: "guides/setup.md", frontMatterSlug: "/start-here" }, "start-here"],
    [{ sourcePath: "guides/setup.md", frontMatterSlug: "first-steps" }, "guides/first-steps"],
    [{ sourcePath: "guides/deep/setup.md", frontMatterSlug: "../up" }, "guides/up"],
    [{ sourcePath: "guides/index.md", frontMatterSlug: "/" }, ""],
    [{ sourcePath: "blog/2024-01-31-launch.md" }, "blog/2024-01-31-launch"],
  ])("%o → /%s", (input, slug) => {
    expect(docusaurusSlug(input)).toBe(slug);
  });

  it("reads number prefixes as sidebar positions", () => {
    expect(parseNumberPrefix("01-intro")).toEqual({ position: 1, name: "intro" });
    expect(parseNumberPrefix("2. Setup")).toEqual({ position: 2, name: "Setup" });
    expect(parseNumberPrefix("intro")).toEqual({ position: undefined, name: "intro" });
  });
});
