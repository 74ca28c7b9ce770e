import { coarseUserAgent } from "@pagewise/auth/client";

/** "Chrome on Linux" (the same wording as the server's auth log), or "Unknown device" when none was recorded. */
export function describeDevice(userAgent: string | null | undefined): string {
  return coarseUserAgent(userAgent) ?? "Unknown device";
}
