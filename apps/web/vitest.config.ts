import { sharedTestConfig } from "../../vitest.shared.ts";

// Browser tests only: they run against the real server's build, so Vite's React plugin is not needed here.
export default sharedTestConfig(import.meta.dirname);
