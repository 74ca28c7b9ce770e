import { request } from "node:http";

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent (fetch would decompress them). */
  body: Buffer;
  /** Each piece of the body as it arrived, and when (ms after the request started). */
  chunks: Array<{ at: number; bytes: Buffer }>;
}

/** A GET over node:http, headers as given (no automatic Accept-Encoding), body left as it came. */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (response) => {
      const chunks: RawResponse["chunks"] = [];
      response.on("data", (bytes: Buffer) => chunks.push({ at: performance.now() - started, bytes }));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks.map((chunk) => chunk.bytes)),
          chunks,
        }),
      );
      response.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}
