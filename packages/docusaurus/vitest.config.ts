import { sharedTestConfig } from "../../vitest.shared.ts";

export default sharedTestConfig(import.meta.dirname, { mostlyWaiting: true });
