import type { TocNode } from "../../lib/toc-tree";

interface TocListProps {
  nodes: readonly TocNode[];
  /** The id of the heading being read. */
  active: string | undefined;
}

/** Links to the page's headings, each level a list inside its parent's entry. */
export function TocList({ nodes, active }: TocListProps) {
  return (
    <ul>
      {nodes.map(({ entry, children }) => (
        <li key={entry.id}>
          <a href={`#${entry.id}`} aria-current={entry.id === active ? "location" : undefined}>
            {entry.text}
          </a>
          {children.length > 0 && <TocList nodes={children} active={active} />}
        </li>
      ))}
    </ul>
  );
}
