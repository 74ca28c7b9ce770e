import { describe, expect, it } from "vitest";
import { docusaurusDocId, docusaurusSlug, isCategoryIndex } from "../src/site/doc-slug";
import { parseNumberPrefix } from "../src/site/number-prefix";

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
    [{ sourcePath: "01-guides/01-guides.md" }, "guides"],
    // Docusaurus matches index names with their prefixes: `01-index` is not an index page.
    [{ sourcePath: "guides/01-index.md" }, "guides/index"],
    [{ sourcePath: "api/plugins/overview.mdx", frontMatterSlug: "/api/plugins/" }, "api/plugins"],
  ])("%o → /%s", (input, slug) => {
    expect(docusaurusSlug(input)).toBe(slug);
  });

  it("reads number prefixes as sidebar positions", () => {
    expect(parseNumberPrefix("01-intro")).toEqual({ position: 1, name: "intro" });
    expect(parseNumberPrefix("2. Setup")).toEqual({ position: 2, name: "Setup" });
    expect(parseNumberPrefix("intro")).toEqual({ position: undefined, name: "intro" });
    expect(parseNumberPrefix("003 - Deploy")).toEqual({ position: 3, name: "Deploy" });
  });

  it("leaves date-like and version-like names alone", () => {
    expect(parseNumberPrefix("2024-01-31-launch")).toEqual({ position: undefined, name: "2024-01-31-launch" });
    expect(parseNumberPrefix("8.0-notes")).toEqual({ position: undefined, name: "8.0-notes" });
    expect(parseNumberPrefix("1-2-three")).toEqual({ position: undefined, name: "1-2-three" });
  });

  it("computes Docusaurus doc ids from the folder and the front matter id", () => {
    expect(docusaurusDocId({ sourcePath: "intro.md" })).toBe("intro");
    expect(docusaurusDocId({ sourcePath: "01-api/02-plugins/03-overview.mdx" })).toBe("api/plugins/overview");
    expect(docusaurusDocId({ sourcePath: "api/themes/overview.mdx", frontMatterId: "themes-overview" })).toBe(
      "api/themes/themes-overview",
    );
  });

  it("recognises category index pages", () => {
    expect(isCategoryIndex("guides/index.mdx")).toBe(true);
    expect(isCategoryIndex("guides/ReadMe.md")).toBe(true);
    expect(isCategoryIndex("02-guides/02-guides.md")).toBe(true);
    expect(isCategoryIndex("guides/setup.md")).toBe(false);
    expect(isCategoryIndex("index.md")).toBe(true);
  });
});
