import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import type { DocTarget } from "../lib/doc-links";

interface DocLinkProps extends DocTarget {
  children: ReactNode;
  className?: string;
  "aria-label"?: string;
  "aria-current"?: "page" | undefined;
  rel?: string;
  onClick?: () => void;
}

// Only the page itself counts as current: /docs (the book's home) must not light up on every page under it.
const EXACT = { exact: true, includeHash: false } as const;

/** A link to a page of the book (and a heading on it), navigated inside the SPA. */
export function DocLink({ slug, anchor, children, ...rest }: DocLinkProps) {
  const hash = anchor === "" ? undefined : anchor;
  if (slug === "") {
    return (
      <Link to="/docs" hash={hash} activeOptions={EXACT} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <Link to="/docs/$" params={{ _splat: slug }} hash={hash} activeOptions={EXACT} {...rest}>
      {children}
    </Link>
  );
}
