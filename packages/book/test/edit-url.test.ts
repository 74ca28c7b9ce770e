import { describe, expect, it } from "vitest";
import { editUrlBase, pageEditUrl } from "../src/site/edit-url";

const site = (editUrl: string | undefined) => ({ path: "/site/docusaurus.config.js", docs: { editUrl } });

describe("Edit this page", () => {
  it("joins the site's editUrl, the docs folder's path in the site and the page's path, as Docusaurus does", () => {
    const base = editUrlBase(site("https://github.com/acme/site/edit/main/"), "/site/docs");
    expect(base).toBe("https://github.com/acme/site/edit/main/docs");
    expect(pageEditUrl(base, "guides/getting started.mdx")).toBe(
      "https://github.com/acme/site/edit/main/docs/guides/getting%20started.mdx",
    );
    expect(editUrlBase(site("https://gitlab.com/acme/-/edit/main/website"), "/site/content/docs")).toBe(
      "https://gitlab.com/acme/-/edit/main/website/content/docs",
    );
  });

  it("gives none without an http(s) editUrl, for a docs folder outside the site, or for a generated page", () => {
    expect(editUrlBase(undefined, "/site/docs")).toBeUndefined();
    expect(editUrlBase(site(undefined), "/site/docs")).toBeUndefined();
    expect(editUrlBase({ path: "/site/docusaurus.config.js", docs: false }, "/site/docs")).toBeUndefined();
    expect(editUrlBase(site("javascript:alert(1)//"), "/site/docs")).toBeUndefined();
    expect(editUrlBase(site("not a url"), "/site/docs")).toBeUndefined();
    expect(editUrlBase(site("https://example.com/edit/"), "/elsewhere/docs")).toBeUndefined();
    expect(pageEditUrl("https://example.com/edit/docs", "../sidebars.ts#category/guides")).toBeNull();
    expect(pageEditUrl(null, "intro.md")).toBeNull();
  });
});
