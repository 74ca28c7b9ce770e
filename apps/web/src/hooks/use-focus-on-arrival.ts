import { useLocation } from "@tanstack/react-router";
import { type RefObject, useEffect } from "react";

/**
 * After a navigation that asked for it (`focusPage` in its history state, as quick search sets
 * it), the article takes focus once it is shown, so keyboard and screen-reader users go on from
 * the page they chose rather than from whatever opened the search. Each such navigation counts,
 * even one to the page already open. A URL naming a heading is left to useScrollToHash, which
 * focuses that heading.
 */
export function useFocusOnArrival(ready: boolean, article: RefObject<HTMLElement | null>): void {
  const arrival = useLocation({
    select: (location) =>
      location.state.focusPage === true && location.hash === "" ? (location.state.key ?? "") : undefined,
  });
  useEffect(() => {
    if (ready && arrival !== undefined) article.current?.focus({ preventScroll: true });
  }, [ready, arrival, article]);
}
