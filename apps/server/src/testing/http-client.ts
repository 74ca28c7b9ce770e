import { CookieJar } from "tough-cookie";
import { z } from "zod";

const sessionShape = z.object({
  session: z.object({ id: z.string(), token: z.string(), userId: z.string() }),
  user: z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.string().nullish() }),
});
export type SessionView = z.infer<typeof sessionShape>;
const signUpAnswer = z.object({ token: z.string().nullable() });

export interface ClientOptions {
  /** The Origin header sent with every request (browsers send it on POSTs); null sends none. */
  origin?: string | null;
  /** Sent as X-Forwarded-For, so each simulated client gets its own rate-limit bucket (needs trustProxy). */
  ip?: string;
}

/**
 * A browser in miniature for HTTP tests: real requests to a listening server,
 * and a real cookie jar that honours Set-Cookie (expiry, deletion, Path).
 */
export class TestClient {
  readonly jar = new CookieJar();

  constructor(
    readonly baseUrl: string,
    private readonly options: ClientOptions = {},
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const url = new URL(path, this.baseUrl).toString();
    const headers = new Headers(init.headers);
    const origin = this.options.origin === undefined ? this.baseUrl : this.options.origin;
    if (origin !== null && !headers.has("origin")) headers.set("origin", origin);
    if (this.options.ip && !headers.has("x-forwarded-for")) headers.set("x-forwarded-for", this.options.ip);
    const cookie = await this.jar.getCookieString(url);
    if (cookie) headers.set("cookie", cookie);
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const setCookie of response.headers.getSetCookie()) {
      await this.jar.setCookie(setCookie, url, { ignoreError: true });
    }
    return response;
  }

  post(path: string, body?: unknown, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("content-type", "application/json");
    return this.request(path, { ...init, method: "POST", headers, body: JSON.stringify(body ?? {}) });
  }

  get(path: string, init: RequestInit = {}): Promise<Response> {
    return this.request(path, { ...init, method: "GET" });
  }

  /**
   * Signs up and goes on signed in, as the SPA does: by default sign-up starts no session (it answers
   * a taken address as a new one), so the client signs in after it with the same password.
   * Answers the sign-up's response, or the sign-in's when that one fails.
   */
  async signUp(body: { name: string; email: string; password: string }): Promise<Response> {
    const signUp = await this.post("/api/auth/sign-up/email", body);
    if (!signUp.ok || signUpAnswer.parse(await signUp.clone().json()).token !== null) return signUp;
    const signIn = await this.post("/api/auth/sign-in/email", { email: body.email, password: body.password });
    return signIn.ok ? signUp : signIn;
  }

  /** The session Better Auth sees for this browser; `fresh` bypasses the cookie cache. */
  async session({ fresh = false } = {}): Promise<SessionView | null> {
    const response = await this.get(`/api/auth/get-session${fresh ? "?disableCookieCache=true" : ""}`);
    return sessionShape.nullable().parse(await response.json());
  }

  async cookieNames(): Promise<string[]> {
    return (await this.jar.getCookies(this.baseUrl)).map((cookie) => cookie.key);
  }

  /** Forgets one cookie, e.g. the session cache, to force the server to look the session up. */
  async dropCookie(name: string): Promise<void> {
    const kept = (await this.jar.getCookies(this.baseUrl)).filter((cookie) => cookie.key !== name);
    await this.jar.removeAllCookies();
    for (const cookie of kept) await this.jar.setCookie(cookie, this.baseUrl);
  }
}
