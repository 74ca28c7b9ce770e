export { grantAdmin, revokeAdmin } from "./admins";
export type { AuthConfig, SocialProviderId } from "./auth-config";
export { CLIENT_IP_HEADER } from "./client-ip";
export {
  AUTH_BASE_PATH,
  type Auth,
  type CreateAuthOptions,
  createAuth,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
} from "./create-auth";
export { AUTH_EVENT_KINDS, type AuthEventKind } from "./events/auth-event-kind";
export { pruneAuthEvents } from "./events/record-auth-event";
export type { Mailer, MailMessage } from "./mail/mailer";
export { createOutboxMailer } from "./mail/outbox-mailer";
export { createSmtpMailer } from "./mail/smtp-mailer";
export { createRedisStorage, type RedisStorage } from "./redis-storage";
export { AuthSecretError, describeWeakness, MIN_SECRET_LENGTH, resolveAuthSecret } from "./secret";
export { enabledSocialProviders } from "./social-providers";
