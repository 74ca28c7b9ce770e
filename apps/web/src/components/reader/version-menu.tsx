import { type FocusEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useDocPage } from "../../hooks/use-doc-page";
import type { BookVersion } from "../../lib/api-types";
import { slugInVersion } from "../../lib/book-versions";
import { DocLink } from "../doc-link";

interface VersionMenuProps {
  versions: readonly BookVersion[];
  /** The version being read. */
  current: BookVersion;
  /** The page being read: each version's link keeps the reader on it where that version has it. */
  slug: string;
}

/**
 * Docusaurus's versions dropdown: a disclosure button naming the version being read, over a list
 * of links (choosing one is a navigation), each to the same page in that version when it has it,
 * else to that version's home. Escape, a click elsewhere or focus leaving it folds the list.
 */
export function VersionMenu({ versions, current, slug }: VersionMenuProps) {
  // Shared with the page itself (the same query): its alternates say where each version has it.
  const page = useDocPage(slug).data;
  const [open, setOpen] = useState(false);
  const listId = useId();
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !wrapRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Escape" || !open) return;
    // The menu's Escape only folds it: the drawer or panel around it stays open.
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setOpen(false);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape from the button or any link of the list folds it
    <div className="version-menu" ref={wrapRef} onKeyDown={onKeyDown} onBlur={onBlur} data-testid="version-menu">
      <button
        ref={buttonRef}
        type="button"
        className="version-menu-button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((shown) => !shown)}
      >
        {/* Named "Version: 3.7.0", its visible label included (WCAG 2.5.3). */}
        <span className="visually-hidden">Version: </span>
        {current.label}
      </button>
      <ul id={listId} className="version-menu-list" hidden={!open}>
        {versions.map((version) => (
          <li key={version.name}>
            {/* The link to where the reader already is is marked aria-current by the router. */}
            <DocLink
              slug={slugInVersion(page, version)}
              anchor=""
              className="version-menu-link"
              onClick={() => setOpen(false)}
            >
              {version.label}
            </DocLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
