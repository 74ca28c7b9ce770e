import { useEffect } from "react";
import { useBook } from "./use-book";

/** Sets the tab's title, "<page> · <book>", which screen readers announce after a client-side navigation. */
export function useDocumentTitle(title: string): void {
  const book = useBook()?.title;
  useEffect(() => {
    document.title = book === undefined ? title : `${title} · ${book}`;
  }, [title, book]);
}
