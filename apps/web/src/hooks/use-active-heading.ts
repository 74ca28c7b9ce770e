import { type RefObject, useEffect, useState } from "react";

/**
 * The id of the heading the reader is at: the last of `ids` whose heading has scrolled past the
 * top fifth of the window (the first one before any has). IntersectionObserver tells when one
 * crosses that line, so nothing runs on every scroll event.
 */
export function useActiveHeading(article: RefObject<HTMLElement | null>, ids: readonly string[]): string | undefined {
  const [active, setActive] = useState<string | undefined>(ids[0]);
  const key = ids.join("\n");

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `ids`
  useEffect(() => {
    const root = article.current;
    setActive(ids[0]);
    if (root === null || ids.length === 0) return;
    const headings = ids.flatMap((id) => {
      const element = root.ownerDocument.getElementById(id);
      return element !== null && root.contains(element) ? [element] : [];
    });
    const pick = () => {
      const line = window.innerHeight * 0.2;
      let current = headings[0]?.id;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= line) current = heading.id;
        else break;
      }
      // At the very bottom the last headings can never reach the line: the last one is the reader's.
      if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) {
        current = headings.at(-1)?.id ?? current;
      }
      setActive(current);
    };
    const observer = new IntersectionObserver(pick, { rootMargin: "0px 0px -80% 0px" });
    for (const heading of headings) observer.observe(heading);
    // The observer does not fire when the page's end is reached without a heading crossing the line.
    const onScrollEnd = () => pick();
    window.addEventListener("scrollend", onScrollEnd);
    pick();
    return () => {
      observer.disconnect();
      window.removeEventListener("scrollend", onScrollEnd);
    };
  }, [article, key]);

  return active;
}
