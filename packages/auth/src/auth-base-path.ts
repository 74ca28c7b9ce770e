// No imports: shared by the server (create-auth.ts) and the browser bundle (client.ts).

/** Where the server mounts Better Auth's routes. */
export const AUTH_BASE_PATH = "/api/auth";
