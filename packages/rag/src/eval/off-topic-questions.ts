/**
 * Questions a reader of each evaluation book might type that the book does not answer: other
 * products, unrelated programming tasks, general knowledge, and a few near misses (a tool or
 * feature people pair with the book's subject that the book never covers). The assistant should
 * refuse them ("The documentation doesn't seem to cover …") rather than answer confidently.
 *
 * Written before any retrieval ran, and each checked by grepping its book for the question's
 * distinctive terms: none of them is answered by a page of its book. Kept as written: an answer
 * to one of them is the system's problem.
 *
 * Note: "How do I upload files with tRPC?" is deliberately absent. The tRPC book does answer it
 * (`server/non-json-content-types.md` covers FormData and File inputs), so it is not off-topic.
 */
export interface OffTopicQuestion {
  question: string;
  /** "near": the book's own field (a neighbouring tool or feature); "far": anything else. */
  kind: "near" | "far";
}

export const offTopicQuestions: { trpc: OffTopicQuestion[]; docusaurus: OffTopicQuestion[] } = {
  trpc: [
    { question: "How do I deploy a Django app to Heroku?", kind: "far" },
    { question: "How do I generate a gRPC client from a .proto file?", kind: "near" },
    { question: "How do I configure nginx as a reverse proxy with SSL?", kind: "far" },
    { question: "How do I hash user passwords with bcrypt?", kind: "near" },
    { question: "How do I schedule a cron job in Node.js?", kind: "far" },
    { question: "How do I send transactional emails with SendGrid?", kind: "far" },
    { question: "How do I verify Stripe webhook signatures?", kind: "near" },
    { question: "How do I deploy my app to a Kubernetes cluster?", kind: "far" },
    { question: "How do I build a mobile app with Flutter?", kind: "far" },
    { question: "What is the capital of Australia?", kind: "far" },
    { question: "How do I center a div with CSS?", kind: "far" },
    { question: "How do I read a CSV file with pandas?", kind: "far" },
    { question: "How does Redux Toolkit's createSlice work?", kind: "near" },
    { question: "How do I use tRPC in an Angular app?", kind: "near" },
    { question: "How do I build a REST API with Spring Boot?", kind: "far" },
    { question: "How do I run database migrations with Flyway?", kind: "far" },
    { question: "How do I publish messages to a Kafka topic?", kind: "far" },
    { question: "How do I write a web server in Rust with Actix?", kind: "far" },
    { question: "How do I configure webpack code splitting?", kind: "near" },
    { question: "How do I connect to a MySQL database from Node.js?", kind: "near" },
  ],
  docusaurus: [
    { question: "How do I deploy a Django app?", kind: "far" },
    { question: "How do I set up Vue Router?", kind: "near" },
    { question: "How do I add Tailwind CSS to my Docusaurus site?", kind: "near" },
    { question: "How do I connect my site to a MySQL database?", kind: "far" },
    { question: "What is the capital of Canada?", kind: "far" },
    { question: "How do I train an image classifier with TensorFlow?", kind: "far" },
    { question: "How do I create an API route in Next.js?", kind: "near" },
    { question: "How do I set up a Kubernetes ingress controller?", kind: "far" },
    { question: "How do I build an Android app with Kotlin?", kind: "far" },
    { question: "How do I set up Apollo Client for GraphQL queries?", kind: "far" },
    { question: "How do I send a newsletter to my blog's subscribers?", kind: "near" },
    { question: "How do I accept payments with Stripe?", kind: "far" },
    { question: "Can I write my pages with Svelte components?", kind: "near" },
    { question: "How do I import my old WordPress blog posts into Docusaurus?", kind: "near" },
    { question: "How do I add Disqus comments under my blog posts?", kind: "near" },
    { question: "How do I build a REST API with Flask?", kind: "far" },
    { question: "How do I write a controller in Laravel?", kind: "far" },
    { question: "What is the time complexity of quicksort?", kind: "far" },
    { question: "How do I host a Minecraft server?", kind: "far" },
    { question: "How do I export the whole documentation as a single PDF?", kind: "near" },
  ],
};
