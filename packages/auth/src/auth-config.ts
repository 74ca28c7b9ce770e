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
  /** Lower-cased ADMIN_EMAILS: these accounts are admins from sign-up on. */
  adminEmails: string[];
  socialProviders: {
    github?: { clientId: string; clientSecret: string } | undefined;
    google?: { clientId: string; clientSecret: string } | undefined;
  };
  /** Per-IP limit for sign-in, sign-up and password-reset requests, per minute. */
  authRateLimitPerMinute: number;
}

export type SocialProviderId = keyof AuthConfig["socialProviders"];
