import { describe, expect, it } from "vitest";
import { siteDocUrl } from "../src";

describe("siteDocUrl", () => {
  const site = { url: "https://example.com/project/", route: "/docs" };

  it("puts a reader link on the published site, keeping its anchor", () => {
    expect(siteDocUrl("/docs/guides/setup#install", site)).toBe(
      "https://example.com/project/docs/guides/setup#install",
    );
    expect(siteDocUrl("/docs/2.x/intro", site)).toBe("https://example.com/project/docs/2.x/intro");
  });

  it("follows the site's docs route, the root included", () => {
    expect(siteDocUrl("/docs/setup#a", { url: "https://example.com", route: "/guides" })).toBe(
      "https://example.com/guides/setup#a",
    );
    expect(siteDocUrl("/docs/setup", { url: "https://example.com", route: "" })).toBe("https://example.com/setup");
    expect(siteDocUrl("/docs", { url: "https://example.com", route: "" })).toBe("https://example.com/");
    expect(siteDocUrl("/docs#top", { url: "https://example.com", route: "" })).toBe("https://example.com/#top");
    expect(siteDocUrl("/docs", site)).toBe("https://example.com/project/docs/");
  });

  it("leaves links that are not docs pages alone", () => {
    expect(siteDocUrl("/docsify/x", site)).toBe("/docsify/x");
    expect(siteDocUrl("/blog/post", site)).toBe("/blog/post");
  });
});
