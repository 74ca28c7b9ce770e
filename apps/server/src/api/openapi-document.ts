import { appRouter, errorBody, type RestOperation, restOperations } from "@pagewise/api";
import { generateOpenApiDocument } from "trpc-to-openapi";
import { originalAuthPathsDocument } from "../auth/original-paths-openapi";

export type OpenApiDocument = ReturnType<typeof generateOpenApiDocument>;
type PathItem = NonNullable<OpenApiDocument["paths"]>[string];
type Operation = NonNullable<PathItem["get"]>;
type Responses = NonNullable<Operation["responses"]>;
type Components = NonNullable<OpenApiDocument["components"]>;

export interface OpenApiDocumentOptions {
  /** The site's origin (BETTER_AUTH_URL): every path of the document is below it. */
  baseUrl: string;
  /** Where the REST mirror is mounted, e.g. /api/v1. */
  restBasePath: string;
  /** Better Auth's session cookie, as configured: `__Secure-`-prefixed under https. */
  sessionCookieName: string;
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const;
const ERROR_SCHEMA = { $ref: "#/components/schemas/ErrorBody" };
/** Either credential: the session cookie, or the sign-in answer's `token` as a bearer token. */
const SESSION_SECURITY: Record<string, string[]>[] = [{ sessionCookie: [] }, { bearerToken: [] }];

/**
 * The OpenAPI 3.1 document of the REST mirror and the original /auth/* paths.
 * The procedures' own parts (inputs, outputs) come from trpc-to-openapi; the
 * errors are the server's (one shape, `errorBody` in @pagewise/api), and only
 * the procedures that need a session say so.
 */
export function buildOpenApiDocument({ baseUrl, restBasePath, sessionCookieName }: OpenApiDocumentOptions) {
  const generated = generateOpenApiDocument(appRouter, {
    title: "Pagewise API",
    description:
      "The REST mirror of Pagewise's tRPC procedures (/api/v1) and the original /auth/* paths. Sign in with POST /auth/signin: the session cookie it sets authenticates the operations that need it, and so does its `token` sent as `Authorization: Bearer <token>`. Every error has the body `ErrorBody`.",
    version: "1.0.0",
    baseUrl: new URL(baseUrl).origin,
    securitySchemes: {
      sessionCookie: {
        type: "apiKey",
        in: "cookie",
        name: sessionCookieName,
        description: "Set by POST /auth/signin (or /auth/signup).",
      },
      bearerToken: {
        type: "http",
        scheme: "bearer",
        description: "The `token` of the sign-in answer; no Origin needed.",
      },
    },
    defs: { ErrorBody: errorBody },
    paths: originalAuthPathsDocument(),
  });
  const operations = restOperations();
  const paths: Record<string, PathItem> = {};
  for (const [path, item] of Object.entries(generated.paths ?? {})) {
    const mirrored = operations.filter((operation) => operation.path === path);
    if (mirrored.length === 0) {
      paths[path] = item;
      continue;
    }
    const rewritten: PathItem = { ...item };
    for (const method of METHODS) {
      const operation = item[method];
      const rest = mirrored.find((candidate) => candidate.method.toLowerCase() === method);
      if (operation && rest) rewritten[method] = restOperation(operation, rest);
    }
    paths[`${restBasePath}${path}`] = rewritten;
  }
  // trpc-to-openapi registers schemas for its own error bodies, which no response here uses.
  const used = JSON.stringify([paths, RESPONSES]);
  const schemas = Object.entries(generated.components?.schemas ?? {}).filter(([name]) =>
    used.includes(`"#/components/schemas/${name}"`),
  );
  return {
    ...generated,
    info: { ...generated.info, license: { name: "MIT", identifier: "MIT" } },
    paths: withSecurityStated(paths),
    tags: [
      { name: "assistant", description: "Questions to the book, answered with citations; anyone may ask." },
      { name: "profile", description: "The signed-in reader's background, kept only with consent." },
      { name: "auth", description: "Sign-up, sign-in, sign-out and the session (Better Auth's own paths)." },
    ],
    components: {
      ...generated.components,
      schemas: Object.fromEntries(schemas),
      headers: HEADERS,
      responses: RESPONSES,
    },
  };
}

/** Every operation says what it needs: one without a `security` of its own needs no credential (`[]`). */
function withSecurityStated(paths: Record<string, PathItem>): Record<string, PathItem> {
  return Object.fromEntries(
    Object.entries(paths).map(([path, item]) => {
      const stated: PathItem = { ...item };
      for (const method of METHODS) {
        const operation = item[method];
        if (operation && operation.security === undefined) stated[method] = { ...operation, security: [] };
      }
      return [path, stated];
    }),
  );
}

/** A mirrored procedure: security only when it needs a session, and the errors the server really sends. */
function restOperation(operation: Operation, rest: RestOperation): Operation {
  const { security: _security, responses = {}, ...rewritten } = operation;
  const post = rest.method !== "GET";
  const errors: Responses = {
    ...(post && { "400": ref("BadRequest") }),
    ...(rest.access !== "public" && { "401": ref("Unauthorized") }),
    ...((post || rest.access === "admin") && { "403": ref("Forbidden") }),
    ...Object.fromEntries(rest.errorStatuses.map((status) => [String(status), ref(responseForStatus(status))])),
    ...(post && { "413": ref("PayloadTooLarge"), "415": ref("UnsupportedMediaType") }),
    "429": ref("TooManyRequests"),
    "500": ref("InternalServerError"),
    "503": ref("ServiceUnavailable"),
    "504": ref("Timeout"),
  };
  const ok = responses["200"];
  return {
    ...rewritten,
    ...(rest.access !== "public" && { security: SESSION_SECURITY }),
    responses: {
      ...(ok && { "200": "$ref" in ok ? ok : { ...ok, headers: RATE_LIMIT_HEADERS } }),
      ...errors,
    },
  };
}

/** The response a procedure's own error status (its `errorResponses`) answers with. */
function responseForStatus(status: number): keyof typeof RESPONSES {
  const byStatus: Record<number, keyof typeof RESPONSES> = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    422: "UnprocessableContent",
  };
  const name = byStatus[status];
  if (!name) throw new Error(`No error response for status ${status}: add one to the OpenAPI document`);
  return name;
}

function ref(name: keyof typeof RESPONSES) {
  return { $ref: `#/components/responses/${name}` };
}

const headerRef = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });

const HEADERS: NonNullable<Components["headers"]> = {
  "Retry-After": {
    description: "Seconds until the limit lets requests through again.",
    schema: { type: "integer", minimum: 1 },
  },
  "RateLimit-Limit": {
    description: "Requests allowed per minute and client (RAG_RATE_LIMIT_PER_MINUTE; absent when unlimited).",
    schema: { type: "integer" },
  },
  "RateLimit-Remaining": {
    description: "Requests left in the current minute.",
    schema: { type: "integer", minimum: 0 },
  },
};

const RATE_LIMIT_HEADERS = {
  "RateLimit-Limit": headerRef("RateLimit-Limit"),
  "RateLimit-Remaining": headerRef("RateLimit-Remaining"),
};

const errorResponse = (description: string, headers?: Record<string, { $ref: string }>) => ({
  description,
  ...(headers && { headers }),
  content: { "application/json": { schema: ERROR_SCHEMA } },
});

const RESPONSES = {
  BadRequest: errorResponse(
    "Invalid input (BAD_REQUEST, or PARSE_ERROR for malformed JSON): `fieldErrors` names each bad field.",
  ),
  Unauthorized: errorResponse("Not signed in, or the session has ended (UNAUTHORIZED)."),
  Forbidden: errorResponse(
    "Not allowed (FORBIDDEN): an administrator's operation, an unverified email, or a request from a foreign origin.",
  ),
  NotFound: errorResponse("Nothing has this id (NOT_FOUND)."),
  UnsupportedMediaType: errorResponse(
    "The body is not JSON (UNSUPPORTED_MEDIA_TYPE): send `content-type: application/json`.",
  ),
  PayloadTooLarge: errorResponse("The body is over 64 KB (PAYLOAD_TOO_LARGE)."),
  UnprocessableContent: errorResponse(
    "The request cannot be carried out, e.g. the email is taken (UNPROCESSABLE_CONTENT).",
  ),
  TooManyRequests: errorResponse("Rate-limited (TOO_MANY_REQUESTS): retry after `Retry-After` seconds.", {
    "Retry-After": headerRef("Retry-After"),
    ...RATE_LIMIT_HEADERS,
  }),
  TooManyAuthAttempts: errorResponse(
    "Too many sign-in or sign-up attempts from this address (TOO_MANY_REQUESTS): retry after `Retry-After` seconds.",
    { "Retry-After": headerRef("Retry-After") },
  ),
  InternalServerError: errorResponse("An unexpected error (INTERNAL_SERVER_ERROR): the message quotes the request id."),
  ServiceUnavailable: errorResponse("The database or the session store is down (SERVICE_UNAVAILABLE): retry later."),
  Timeout: errorResponse("The request took longer than REQUEST_TIMEOUT_MS (TIMEOUT)."),
} satisfies NonNullable<Components["responses"]>;
