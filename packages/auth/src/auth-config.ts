/** Everything createAuth needs to know, already validated (apps/server builds it from the environment). */
export interface AuthConfig {
  /** BETTER_AUTH_SECRET, or the generated development secret. */
  secret: string;
  /** BETTER_AUTH_URL: the public origin the app is served from, e.g. https://docs.example.com. */
  baseUrl: string;
  /** BETTER_AUTH_TRUSTED_ORIGINS, plus the base URL's own origin. */
  trustedOrigins: string[];
  /** Secure cookies: on when the base URL is https or NODE_ENV=production. */
  secureCookies: boolean;
  requireEmailVerification: boolean;
  /**
   * SIGN_UP_REVEALS_EXISTING_ACCOUNTS: sign-up answers "already exists" for a taken address and signs
   * a new account in at once. Off by default: sign-up answers alike for both, and the client signs in
   * after it (docs/authentication.md weighs the two).
   */
  revealExistingAccounts: boolean;
  /** Lower-cased ADMIN_EMAILS: these become admins once claimed (admins.ts). */
  adminEmails: string[];
  socialProviders: {
    github?: { clientId: string; clientSecret: string } | undefined;
    google?: { clientId: string; clientSecret: string } | undefined;
  };
  /** Per-IP limit for sign-in, sign-up and password-reset requests, per minute. */
  authRateLimitPerMinute: number;
}

export type SocialProviderId = keyof AuthConfig["socialProviders"];
