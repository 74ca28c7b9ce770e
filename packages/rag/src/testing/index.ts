export { type FakeEmbeddings, startFakeEmbeddings } from "./fake-embeddings-server";
export { type ChatRequest, type FakeLlm, type FakeReply, startFakeLlm } from "./fake-llm-server";
