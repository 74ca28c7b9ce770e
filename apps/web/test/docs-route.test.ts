import { describe, expect, it } from "vitest";
import { appPath, sitePath } from "../src/lib/docs-route";

describe("the docs route (a site's routeBasePath) between the address bar and the app's /docs routes", () => {
  it("serves a book under /guides at /guides/…, and still understands the book's own /docs/… links", () => {
    const pairs: [string, string][] = [
      ["/guides", "/docs"],
      ["/guides/intro", "/docs/intro"],
      ["/guides/a/b", "/docs/a/b"],
      ["/", "/"],
      ["/sign-in", "/sign-in"],
      ["/guidesx", "/guidesx"],
    ];
    for (const [site, app] of pairs) {
      expect(appPath(site, "/guides"), site).toBe(app);
      expect(sitePath(app, "/guides"), app).toBe(site);
    }
    expect(appPath("/docs/intro", "/guides")).toBe("/docs/intro");
    expect(appPath("/guides/v2/intro", "/guides/v2")).toBe("/docs/intro");
    expect(sitePath("/docs/intro", "/guides/v2")).toBe("/guides/v2/intro");
  });

  it("serves a book at the site's root: its home at /, its pages at /…, the app's pages where they were, the assistant at /assistant", () => {
    const pairs: [string, string][] = [
      ["/", "/docs"],
      ["/intro", "/docs/intro"],
      ["/a/b", "/docs/a/b"],
      ["/assistant", "/"],
      ["/sign-in", "/sign-in"],
      ["/profile", "/profile"],
    ];
    for (const [site, app] of pairs) {
      expect(appPath(site, ""), site).toBe(app);
      expect(sitePath(app, ""), app).toBe(site);
    }
    expect(appPath("/docs/intro", "")).toBe("/docs/intro");
    expect(appPath("/sign-in/", "")).toBe("/sign-in/");
  });
});
