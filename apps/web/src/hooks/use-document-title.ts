import { useEffect } from "react";

/** Sets the tab's title, which screen readers announce after a client-side navigation. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Pagewise`;
  }, [title]);
}
