import { useEffect, useState } from "react";
import { trpc } from "../trpc";

const POLL_MS = 5_000;
/** Longer than this without an answer, the server counts as not answering, whatever it said last. */
const SILENCE_MS = 15_000;

/**
 * The server's health, asked again every 5 s. A stopped server fails the next poll (shown as an
 * error); a server that stops answering without failing (a hung connection) shows as silent once
 * its last answer is 15 s old, so an old "ok" is never shown as current.
 */
export function useLiveHealth() {
  const health = trpc.health.useQuery(undefined, {
    retry: 1,
    retryDelay: 1_000,
    refetchInterval: POLL_MS,
  });
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), POLL_MS);
    return () => window.clearInterval(timer);
  }, []);
  const silent = health.isSuccess && !health.isError && now - health.dataUpdatedAt > SILENCE_MS;
  return { health, silentForSeconds: silent ? Math.round((now - health.dataUpdatedAt) / 1000) : undefined };
}
