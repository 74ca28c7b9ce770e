import { describe, expect, it } from "vitest";
import { useTestApp } from "../../src/testing";

const TOKEN = "a metrics token of some length";

describe("/metrics on the app's port, with METRICS_TOKEN", () => {
  const app = useTestApp("pglite", { metricsToken: TOKEN });

  it("answers 401 without the bearer token, or with a wrong one", async () => {
    for (const authorization of [undefined, "Bearer wrong", `Bearer ${TOKEN}x`, TOKEN]) {
      const headers = authorization === undefined ? undefined : { authorization };
      const response = await app.server.client().get("/metrics", { headers });
      expect(response.status).toBe(401);
      expect(await response.text()).not.toContain("pagewise_");
    }
  });

  it("serves the metrics to the token", async () => {
    const response = await app.server.client().get("/metrics", { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("pagewise_http_requests_total");
  });
});

describe("/metrics on the app's port, without METRICS_TOKEN", () => {
  const app = useTestApp("pglite");

  it("is not served", async () => {
    const response = await app.server.client().get("/metrics");
    expect(response.status).toBe(404);
  });
});
