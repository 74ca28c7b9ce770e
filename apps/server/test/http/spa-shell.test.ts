import { describe, expect, it } from "vitest";
import { escapeHtml, jsonForScript } from "../../src/http/html-escape";
import { spaRouteMatcher } from "../../src/http/spa-routes";
import { parseSpaShell, SpaShellTemplateError } from "../../src/http/spa-shell";

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="Pagewise: docs &amp; answers." />
    <title>Pagewise</title>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

describe("the SPA shell", () => {
  const shell = parseSpaShell(INDEX);

  it("gives back the build's own page when nothing is filled in", () => {
    const html = shell.render({});
    expect(html).toContain("<title>Pagewise</title>");
    expect(html).toContain('<meta name="description" content="Pagewise: docs &amp; answers." />');
    expect(html).toContain('<div id="root"></div>');
    expect(html).toContain('<script type="module" crossorigin src="/assets/index-1.js"></script>');
    expect(html).not.toContain("pw-initial-data");
  });

  it("fills in head tags, the root's content and the data script, each in its place", () => {
    const html = shell.render({
      title: "A & B",
      description: 'Say "hi"',
      canonicalUrl: "https://docs.example.com/docs/a?x=1&y=2",
      openGraph: { title: "A & B", siteName: "Site" },
      bodyHtml: "<article><p>Body</p></article>",
      initialData: { text: "</script><!-- x" },
      noindex: true,
    });
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toContain("<title>A &amp; B</title>");
    expect(head).toContain('<meta name="description" content="Say &quot;hi&quot;" />');
    expect(head).toContain('<link rel="canonical" href="https://docs.example.com/docs/a?x=1&amp;y=2" />');
    expect(head).toContain('<meta property="og:description" content="Say &quot;hi&quot;" />');
    expect(head).toContain('<meta name="robots" content="noindex" />');
    expect(head).not.toContain("Pagewise: docs");
    expect(head).not.toMatch(/\n\s*\n/);
    expect(html).toContain('<div id="root"><article><p>Body</p></article></div>');
    const script = html.slice(html.indexOf('<script type="application/json"'), html.indexOf("</body>"));
    expect(script).toBe(
      '<script type="application/json" id="pw-initial-data">{"text":"\\u003c/script>\\u003c!-- x"}</script>',
    );
    expect(html.indexOf("pw-initial-data")).toBeGreaterThan(html.indexOf('<div id="root">'));
  });

  it("refuses an index.html it cannot fill in, at start-up", () => {
    expect(() => parseSpaShell("<html><body><div id=root></div></body></html>")).toThrow(SpaShellTemplateError);
    expect(() => parseSpaShell("<title>x</title><body><main></main></body>")).toThrow(SpaShellTemplateError);
  });
});

describe("escaping", () => {
  it("escapes text and attribute values", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("writes JSON that no string can break out of, and that reads back the same", () => {
    const value = { html: "</script><script>alert(1)</script>", comment: "<!--", line: "\u2028" };
    const json = jsonForScript(value);
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("the SPA's route patterns", () => {
  const isSpaRoute = spaRouteMatcher(["/", "/sign-in", "/docs", "/docs/$", "/posts/$id"]);

  it("knows the SPA's pages, splats and params, with or without a trailing slash", () => {
    for (const path of ["/", "/sign-in", "/sign-in/", "/docs", "/docs/a/b/c", "/posts/42"]) {
      expect(isSpaRoute(path), path).toBe(true);
    }
  });

  it("knows nothing else", () => {
    for (const path of ["/sign-in/x", "/signin", "/posts", "/posts/1/2", "/nope", "/docsx"]) {
      expect(isSpaRoute(path), path).toBe(false);
    }
  });
});
