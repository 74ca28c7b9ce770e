import type { EvalQuestion } from "./metrics";

/**
 * Questions a reader of the tRPC docs would ask, each with the pages (relative
 * to the corpus root) that answer it. Written from the pages themselves, before
 * running any retrieval, and kept as they were: a miss is the system's problem.
 */
export const trpcDocsQuestions: EvalQuestion[] = [
  { question: "How do I send cookies with cross-origin requests?", relevant: ["client/cors.md"] },
  {
    question: "How can I add an authorization header to every request from the client?",
    relevant: ["client/headers.md"],
  },
  {
    question: "How do I limit the number of operations sent in one batch?",
    relevant: ["client/links/httpBatchLink.md"],
  },
  {
    question: "How do I turn off request batching?",
    relevant: ["client/links/httpBatchLink.md", "client/links/splitLink.mdx"],
  },
  {
    question: "What is the maxURLLength option for batched GET requests?",
    relevant: ["client/links/httpBatchLink.md"],
  },
  {
    question: "How can responses be streamed as each procedure resolves instead of waiting for the whole batch?",
    relevant: ["client/links/httpBatchStreamLink.md"],
  },
  {
    question: "How do I use server-sent events for subscriptions?",
    relevant: ["client/links/httpSubscriptionLink.md", "server/subscriptions.md"],
  },
  {
    question: "How do I pass an auth token to an SSE subscription connection?",
    relevant: ["client/links/httpSubscriptionLink.md"],
  },
  {
    question: "How can I call my router in the same process without going over HTTP?",
    relevant: ["client/links/localLink.mdx", "server/server-side-calls.md"],
  },
  { question: "How do I log requests and responses on the client?", relevant: ["client/links/loggerLink.md"] },
  { question: "How do I write my own custom link?", relevant: ["client/links/overview.md"] },
  { question: "Can the client automatically retry failed requests?", relevant: ["client/links/retryLink.md"] },
  {
    question: "How can I send subscriptions over WebSockets and everything else over HTTP?",
    relevant: ["client/links/splitLink.mdx", "server/websockets.md", "client/links/wsLink.md"],
  },
  {
    question: "How do I authenticate a WebSocket connection with connection params?",
    relevant: ["client/links/wsLink.md", "server/websockets.md"],
  },
  {
    question: "How do I call tRPC procedures from Next.js server actions?",
    relevant: ["client/nextjs/app-router/server-actions.mdx"],
  },
  {
    question: "How do I set up tRPC with the Next.js App Router?",
    relevant: ["client/nextjs/app-router/setup.mdx", "client/nextjs/overview.mdx"],
  },
  {
    question: "How do I prefetch data in getStaticProps?",
    relevant: ["client/nextjs/pages-router/ssg.md", "client/nextjs/pages-router/server-side-helpers.md"],
  },
  {
    question: "Why do I have to forward the client's headers to the server when using SSR?",
    relevant: ["client/nextjs/pages-router/ssr.md"],
  },
  { question: "How do I generate an OpenAPI document from my router?", relevant: ["client/openapi.md"] },
  {
    question: "How do I abort a procedure call that is still in flight?",
    relevant: [
      "client/react/aborting-procedures.md",
      "client/vanilla/aborting-procedures.md",
      "client/nextjs/pages-router/aborting-procedures.md",
    ],
  },
  {
    question: "How do I get the query key of a procedure to use with the query client?",
    relevant: ["client/react/getQueryKey.md", "client/tanstack-react-query/usage.mdx"],
  },
  {
    question: "How do I stop a query from running until its input is available?",
    relevant: ["client/react/disabling-queries.md"],
  },
  {
    question: "How can I infer the input and output types of my procedures on the client?",
    relevant: ["client/vanilla/infer-types.md", "client/react/infer-types.md"],
  },
  {
    question: "How do I implement infinite scrolling with cursor pagination?",
    relevant: ["client/react/useInfiniteQuery.md", "client/tanstack-react-query/usage.mdx"],
  },
  {
    question: "How do I invalidate cached queries after a mutation?",
    relevant: ["client/react/useUtils.mdx", "client/tanstack-react-query/usage.mdx"],
  },
  { question: "How do I use React Suspense with tRPC queries?", relevant: ["client/react/suspense.md"] },
  {
    question: "How do I subscribe to events from a React component?",
    relevant: ["client/react/useSubscription.md", "client/tanstack-react-query/usage.mdx"],
  },
  { question: "Can I fetch several queries in parallel with one hook?", relevant: ["client/react/useQueries.md"] },
  {
    question: "How do I migrate from the classic React Query integration to the new TanStack one?",
    relevant: ["client/tanstack-react-query/migrating.mdx"],
  },
  {
    question: "How do I use queryOptions with useQuery in the TanStack React Query integration?",
    relevant: ["client/tanstack-react-query/usage.mdx"],
  },
  {
    question: "When should I use the vanilla client instead of the React integration?",
    relevant: ["client/vanilla/overview.md"],
  },
  { question: "Is tRPC production ready?", relevant: ["further/faq.mdx"] },
  { question: "Why are all my types any in a monorepo?", relevant: ["further/faq.mdx"] },
  { question: "How are batched requests encoded in the HTTP request?", relevant: ["further/rpc.md"] },
  {
    question: "Which HTTP status code does each tRPC error code map to?",
    relevant: ["further/rpc.md", "server/error-handling.md"],
  },
  {
    question: "How do I deploy a tRPC API to AWS Lambda behind API Gateway?",
    relevant: ["server/adapters/aws-lambda.md"],
  },
  { question: "How do I add tRPC to an existing Express app?", relevant: ["server/adapters/express.md"] },
  { question: "How do I enable WebSockets with the Fastify adapter?", relevant: ["server/adapters/fastify.md"] },
  { question: "Can I run a tRPC server on Cloudflare Workers?", relevant: ["server/adapters/fetch.mdx"] },
  { question: "How do I handle CORS with the standalone server?", relevant: ["server/adapters/standalone.md"] },
  {
    question: "How do I check that a user is logged in before a procedure runs?",
    relevant: ["server/authorization.md", "server/middlewares.md"],
  },
  {
    question: "How do I set cache headers on query responses?",
    relevant: ["server/caching.md", "client/nextjs/pages-router/ssr.md"],
  },
  { question: "How do I create the context from the incoming request?", relevant: ["server/context.md"] },
  {
    question: "How can I send Dates and Maps from the server to the client?",
    relevant: ["server/data-transformers.md"],
  },
  {
    question: "How do I include zod validation errors in the error response?",
    relevant: ["server/error-formatting.md"],
  },
  { question: "How do I throw a NOT_FOUND error from a procedure?", relevant: ["server/error-handling.md"] },
  {
    question: "How can I combine several routers into one app router?",
    relevant: ["server/merging-routers.md", "server/routers.md"],
  },
  { question: "Can routers be lazy loaded?", relevant: ["server/merging-routers.md"] },
  {
    question: "How do I attach metadata such as requiresAuth to a procedure?",
    relevant: ["server/metadata.md"],
  },
  {
    question: "How do I write a middleware that logs how long each call takes?",
    relevant: ["server/middlewares.md"],
  },
  { question: "How do I upload files with FormData?", relevant: ["server/non-json-content-types.md"] },
  {
    question: "How do I create a reusable protected base procedure?",
    relevant: ["server/procedures.md", "server/authorization.md", "server/middlewares.md"],
  },
  {
    question: "How do I call a procedure directly on the server with createCaller?",
    relevant: ["server/server-side-calls.md"],
  },
  { question: "How do I stop a subscription from the server?", relevant: ["server/subscriptions.md"] },
  { question: "How do I validate the output of a procedure?", relevant: ["server/validators.md"] },
  { question: "Can I use Yup or Valibot instead of Zod for input validation?", relevant: ["server/validators.md"] },
  {
    question: "What changed in v11 and how do I upgrade from v10?",
    relevant: ["migration/migrate-from-v10-to-v11.mdx"],
  },
  { question: "What does the word procedure mean in tRPC?", relevant: ["main/concepts.mdx"] },
  { question: "How do I install tRPC and build my first API?", relevant: ["main/quickstart.mdx"] },
  { question: "What is tRPC and why would I use it?", relevant: ["main/introduction.mdx", "main/concepts.mdx"] },
  { question: "Where can I find example apps using tRPC?", relevant: ["main/example-apps.mdx"] },
  { question: "How does tRPC compare to GraphQL?", relevant: ["further/further-reading.md"] },
];
