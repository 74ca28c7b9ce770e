import { type RefObject, useEffect, useId, useRef, useState } from "react";
import type { SidebarCategory, SidebarItem } from "../../lib/api-types";
import { holdsPage, sidebarItemKey } from "../../lib/sidebar-paths";
import { DocLink } from "../doc-link";

interface SidebarProps {
  items: readonly SidebarItem[];
  currentSlug: string;
}

/**
 * The book's sidebar, as Docusaurus builds it: categories fold (their `collapsed` setting),
 * except the one holding the current page; the current page is marked and kept in view.
 */
export function Sidebar({ items, currentSlug }: SidebarProps) {
  const listRef = useRef<HTMLUListElement>(null);
  useCurrentInView(listRef, currentSlug);
  return (
    <ul className="sidebar-list" ref={listRef}>
      {items.map((item) => (
        <SidebarEntry key={sidebarItemKey(item)} item={item} currentSlug={currentSlug} />
      ))}
    </ul>
  );
}

function SidebarEntry({ item, currentSlug }: { item: SidebarItem; currentSlug: string }) {
  if (item.type === "link") return <SidebarLinkEntry label={item.label} href={item.href} />;
  if (item.type === "html") {
    // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised at ingest (packages/book's site/sidebar-html.ts), never from the browser
    return <li className="sidebar-html" dangerouslySetInnerHTML={{ __html: item.html }} />;
  }
  if (item.type === "category" && item.items.length > 0) {
    return <SidebarCategoryEntry category={item} currentSlug={currentSlug} />;
  }
  // A category holding nothing has nothing to unfold: Docusaurus shows one with a page of its own
  // as a link to that page, and drops one without.
  if (item.slug === null) return null;
  return (
    <li>
      <DocLink
        slug={item.slug}
        anchor=""
        className="sidebar-link"
        aria-current={item.slug === currentSlug ? "page" : undefined}
      >
        {item.label}
      </DocLink>
    </li>
  );
}

/** A sidebars file's link: another site's page opens in a new tab, a path of this site in this one. */
function SidebarLinkEntry({ label, href }: { label: string; href: string }) {
  const external = !href.startsWith("/");
  return (
    <li>
      <a className="sidebar-link" href={href} {...(external ? { target: "_blank", rel: "noreferrer noopener" } : {})}>
        {label}
        {external && <span className="visually-hidden"> (opens in a new tab)</span>}
      </a>
    </li>
  );
}

function SidebarCategoryEntry({ category, currentSlug }: { category: SidebarCategory; currentSlug: string }) {
  const holdsCurrent = holdsPage(category, currentSlug);
  const [expanded, setExpanded] = useState(() => holdsCurrent || !category.collapsed);
  const listId = useId();
  // Arriving at a page inside a folded category unfolds it; leaving does not fold it again.
  useEffect(() => {
    if (holdsCurrent) setExpanded(true);
  }, [holdsCurrent]);

  const toggle = (
    <button
      type="button"
      className="sidebar-toggle"
      aria-expanded={expanded}
      aria-controls={listId}
      onClick={() => setExpanded((open) => !open)}
    >
      {category.slug === null ? (
        <span className="sidebar-category-label">{category.label}</span>
      ) : (
        <span className="visually-hidden">{category.label}</span>
      )}
    </button>
  );

  return (
    <li className="sidebar-category">
      <div className="sidebar-category-row">
        {category.slug !== null && (
          <DocLink
            slug={category.slug}
            anchor=""
            className="sidebar-link sidebar-category-label"
            aria-current={category.slug === currentSlug ? "page" : undefined}
          >
            {category.label}
          </DocLink>
        )}
        {toggle}
      </div>
      <ul className="sidebar-list" id={listId} hidden={!expanded}>
        {category.items.map((item) => (
          <SidebarEntry key={sidebarItemKey(item)} item={item} currentSlug={currentSlug} />
        ))}
      </ul>
    </li>
  );
}

/** Scrolls the sidebar (only the sidebar, never the page) so the current page's link shows. */
function useCurrentInView(list: RefObject<HTMLElement | null>, currentSlug: string): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again on each navigation
  useEffect(() => {
    const frame = window.requestAnimationFrame(() => {
      const current = list.current?.querySelector<HTMLElement>("[aria-current=page]");
      const scroller = current?.closest<HTMLElement>("[data-sidebar-scroller]");
      if (current === undefined || current === null || scroller === null || scroller === undefined) return;
      const box = current.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      if (box.top >= view.top && box.bottom <= view.bottom) return;
      scroller.scrollTop += box.top - view.top - (view.height - box.height) / 2;
    });
    return () => window.cancelAnimationFrame(frame);
  }, [list, currentSlug]);
}
