import type { SocialProviderId } from "@pagewise/auth/client";
import { useQuery } from "@tanstack/react-query";

const KNOWN_PROVIDERS: readonly SocialProviderId[] = ["github", "google"];

function isKnownProvider(value: unknown): value is SocialProviderId {
  return KNOWN_PROVIDERS.some((provider) => provider === value);
}

async function fetchSocialProviders(): Promise<SocialProviderId[]> {
  const response = await fetch("/api/auth/providers", { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`GET /api/auth/providers answered ${response.status}`);
  const body: unknown = await response.json();
  if (typeof body !== "object" || body === null || !("providers" in body) || !Array.isArray(body.providers)) {
    throw new Error("GET /api/auth/providers did not answer { providers: [...] }");
  }
  // A provider this build has no button for is skipped rather than shown half-working.
  return body.providers.filter(isKnownProvider);
}

/**
 * The social sign-in providers the server has credentials for: only those get a button, so
 * nobody is offered a sign-in that cannot work. The list changes only when the server restarts.
 */
export function useSocialProviders() {
  return useQuery({ queryKey: ["auth", "providers"], queryFn: fetchSocialProviders, staleTime: Infinity, retry: 1 });
}
