export { insertOnlyVersion } from "./insert-only-version";
export { type NeonBridge, startNeonBridge } from "./neon-bridge";
export { createTestDatabase, type TestDatabase, type TestDriver, testDrivers } from "./test-databases";
