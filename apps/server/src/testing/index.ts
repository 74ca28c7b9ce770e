export { freePort } from "./free-port";
export { type ClientOptions, TestClient } from "./http-client";
export { redisAndPostgresForTests } from "./redis-for-tests";
export { type ServerProcess, startServerProcess } from "./server-process";
export { linkIn, type ReceivedMail, type SmtpSink, startSmtpSink } from "./smtp-sink";
export { startTcpProxy, startTcpProxyFor, type TcpProxy } from "./tcp-proxy";
export { startTestApp, type TestApp, type TestAppOptions } from "./test-app";
export { trpcClientFor } from "./trpc-client";
export { type TestAppFixture, useTestApp } from "./use-test-app";
