import { useLocation } from "@tanstack/react-router";
import { useEffect } from "react";

/**
 * Brings the heading named by the URL's #hash into view once the page's content is there. The
 * router tries on navigation, but the page arrives later, from the API. The heading also takes
 * focus, so keyboard and screen-reader users continue from the passage a citation pointed at.
 */
export function useScrollToHash(ready: boolean): void {
  const hash = useLocation({ select: (location) => location.hash });
  useEffect(() => {
    if (!ready || hash === "") return;
    const target = document.getElementById(safeDecode(hash));
    if (target === null) return;
    target.scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true });
  }, [ready, hash]);
}

function safeDecode(hash: string): string {
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}
