import { useParams } from "@tanstack/react-router";

/** The slug of the page the reader is on: "" for /docs, "server/routers" for /docs/server/routers. */
export function useDocSlug(): string {
  const params = useParams({ strict: false });
  return (params._splat ?? "").replace(/^\/+|\/+$/g, "");
}
