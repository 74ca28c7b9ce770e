import DOMPurify from "dompurify";
import { useLayoutEffect, useRef } from "preact/hooks";

/**
 * An answer's lead as the docs page shows it (highlighted code, lists, tables). The server
 * sanitises it twice; it is sanitised once more here, because it lands in the host site's page,
 * and its `/docs/…` links are pointed at the host site's pages.
 */
export function LeadHtml({ html, resolveLink }: { html: string; resolveLink: (href: string) => string }) {
  const container = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const target = container.current;
    if (!target) return;
    const fragment = DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true });
    for (const link of fragment.querySelectorAll("a[href]")) {
      link.setAttribute("href", resolveLink(link.getAttribute("href") ?? ""));
    }
    for (const block of fragment.querySelectorAll("pre")) {
      // A scroll box must be reachable by keyboard (axe: scrollable-region-focusable).
      block.tabIndex = 0;
      block.after(copyButton(block));
    }
    target.replaceChildren(fragment);
  }, [html, resolveLink]);
  return <div ref={container} class="pw-lead" data-testid="pagewise-lead" />;
}

function copyButton(block: HTMLPreElement): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "pw-copy";
  button.textContent = "Copy";
  button.setAttribute("aria-label", "Copy the code");
  button.addEventListener("click", () => {
    void navigator.clipboard?.writeText(block.textContent ?? "").then(
      () => {
        button.textContent = "Copied";
      },
      () => {
        button.textContent = "Select and copy";
      },
    );
  });
  return button;
}
