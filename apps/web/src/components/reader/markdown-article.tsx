import { useNavigate } from "@tanstack/react-router";
import type { MouseEvent } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import type { DocumentPage } from "../../lib/api-types";
import { remarkServerHeadingAnchors } from "../../lib/heading-anchors";
import { rehypeHighlightCode } from "../../lib/highlight-code";
import { resolveMarkdownHref } from "../../lib/markdown-links";

/**
 * A page of the book rendered from its Markdown. No raw HTML: react-markdown drops HTML in the
 * source (there is no rehype-raw here) and strips unsafe URLs (javascript: and the like), so a
 * page can never run script. Headings get the server's anchors, so citations land on them.
 */
export function MarkdownArticle({ page }: { page: DocumentPage }) {
  const navigate = useNavigate();
  const hasH1 = /^#[ \t]+\S/m.test(page.markdown);

  const components: Components = {
    a: ({ href, children, node: _node, ...rest }) => {
      const target = href === undefined ? undefined : resolveMarkdownHref(href, page.source);
      const internal = target?.startsWith("/") ?? false;
      const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
        // In-app links stay in the SPA, unless the reader asked for a new tab or window.
        if (!internal || target === undefined || event.button !== 0) return;
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        void navigate({ href: target });
      };
      return (
        <a href={target} onClick={onClick} {...rest}>
          {children}
        </a>
      );
    },
    // Focusable by script (not by Tab), so a citation's link can move focus to its heading.
    h2: ({ node: _node, ...props }) => <h2 tabIndex={-1} {...props} />,
    h3: ({ node: _node, ...props }) => <h3 tabIndex={-1} {...props} />,
    h4: ({ node: _node, ...props }) => <h4 tabIndex={-1} {...props} />,
    // Wide tables scroll on their own instead of widening the page on a phone.
    table: ({ node: _node, ...props }) => (
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      <section className="table-scroll" tabIndex={0} aria-label="Table">
        <table {...props} />
      </section>
    ),
    pre: ({ node: _node, ...props }) => (
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable code block must be reachable by keyboard
      <pre tabIndex={0} {...props} />
    ),
  };

  return (
    <div className="markdown">
      {!hasH1 && <h1>{page.title}</h1>}
      <ReactMarkdown
        remarkPlugins={[remarkGfm, remarkServerHeadingAnchors(page.headings)]}
        rehypePlugins={[rehypeHighlightCode]}
        components={components}
      >
        {page.markdown}
      </ReactMarkdown>
    </div>
  );
}
