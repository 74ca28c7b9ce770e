// The password rules in a module of their own, with no imports: the server's Better Auth
// config and the browser's forms both read them, and the browser must not pull in server code.

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;
