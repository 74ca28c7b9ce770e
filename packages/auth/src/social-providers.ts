import type { AuthConfig, SocialProviderId } from "./auth-config";

/** The social sign-in buttons the SPA should show: exactly the providers with credentials configured. */
export function enabledSocialProviders(config: Pick<AuthConfig, "socialProviders">): SocialProviderId[] {
  const all: SocialProviderId[] = ["github", "google"];
  return all.filter((provider) => config.socialProviders[provider] !== undefined);
}
