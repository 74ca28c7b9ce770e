import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Proxying keeps the browser on one origin in development, as in production,
// so auth cookies stay same-site and no CORS setup is needed.
const serverUrl = `http://localhost:${process.env.SERVER_PORT ?? 3000}`;
const serverPaths = ["/trpc", "/api", "/auth", "/healthz", "/readyz"];

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: Object.fromEntries(serverPaths.map((path) => [path, serverUrl])),
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
  },
});
