import { useCallback, useState } from "react";

/**
 * A message for a polite live region. Saying the same thing twice must be heard twice, so the
 * region is emptied first and the message set on the next frame.
 */
export function useAnnouncer(): [message: string, announce: (message: string) => void] {
  const [message, setMessage] = useState("");
  const announce = useCallback((next: string) => {
    setMessage("");
    window.requestAnimationFrame(() => setMessage(next));
  }, []);
  return [message, announce];
}
