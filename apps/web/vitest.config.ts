import { sharedTestConfig } from "../../vitest.shared.ts";

// Browser tests only: they run against the real server's build, so Vite's React plugin is not needed here.
// Each file drives a server process and Chromium, and mostly waits on them: two run at once.
export default sharedTestConfig(import.meta.dirname, { mostlyWaiting: true });
