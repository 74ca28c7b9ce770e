/**
 * The header through which the server hands Better Auth the client's IP. The
 * server decides the IP once (the socket's address, or X-Forwarded-For only
 * when TRUST_PROXY=true) and overwrites this header, so a client cannot choose
 * its own rate-limit bucket by sending it.
 */
export const CLIENT_IP_HEADER = "x-pagewise-client-ip";
