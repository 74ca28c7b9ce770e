import { useMatch } from "@tanstack/react-router";

/**
 * The slug of the page open in the reader (as useDocSlug gives it), read from anywhere in the
 * app, the header included: useDocSlug sees only the params of the routes above it. Undefined
 * when the reader is not open. Apart from useDocSlug so the header's code does not share a
 * chunk with the reader's.
 */
export function useReaderSlug(): string | undefined {
  const inReader = useMatch({ from: "/docs", shouldThrow: false, select: () => true }) ?? false;
  const splat = useMatch({ from: "/docs/$", shouldThrow: false, select: (match) => match.params._splat });
  return inReader ? (splat ?? "").replace(/^\/+|\/+$/g, "") : undefined;
}
