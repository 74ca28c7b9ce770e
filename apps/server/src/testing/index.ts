export { type ClientOptions, TestClient } from "./http-client";
export { type ServerProcess, startServerProcess } from "./server-process";
export { startTestApp, type TestApp, type TestAppOptions } from "./test-app";
