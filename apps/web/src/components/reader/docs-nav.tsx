import type { NavItem } from "../../lib/api-types";
import { DocLink } from "../doc-link";

/** The book's table of contents: pages nested by folder, the current page marked. */
export function DocsNav({ items, currentSlug }: { items: readonly NavItem[]; currentSlug: string | undefined }) {
  return (
    <ul className="docs-nav-list">
      {items.map((item) =>
        item.type === "doc" ? (
          <li key={`doc:${item.slug}`}>
            <DocLink slug={item.slug} anchor="" aria-current={item.slug === currentSlug ? "page" : undefined}>
              {item.label}
            </DocLink>
          </li>
        ) : (
          <li key={`category:${item.path}`}>
            <span className="docs-nav-category">{item.label}</span>
            <DocsNav items={item.items} currentSlug={currentSlug} />
          </li>
        ),
      )}
    </ul>
  );
}
