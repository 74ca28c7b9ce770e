import { sharedTestConfig } from "../../vitest.shared.ts";

// Most files start servers, processes or databases and wait on them: two run at once.
export default sharedTestConfig(import.meta.dirname, { mostlyWaiting: true });
