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
export const offTopicQuestions: { trpc: string[]; docusaurus: string[] } = {
  trpc: [
    "How do I deploy a Django app to Heroku?",
    "How do I generate a gRPC client from a .proto file?",
    "How do I configure nginx as a reverse proxy with SSL?",
    "How do I hash user passwords with bcrypt?",
    "How do I schedule a cron job in Node.js?",
    "How do I send transactional emails with SendGrid?",
    "How do I verify Stripe webhook signatures?",
    "How do I deploy my app to a Kubernetes cluster?",
    "How do I build a mobile app with Flutter?",
    "What is the capital of Australia?",
    "How do I center a div with CSS?",
    "How do I read a CSV file with pandas?",
    "How does Redux Toolkit's createSlice work?",
    "How do I use tRPC in an Angular app?",
    "How do I build a REST API with Spring Boot?",
    "How do I run database migrations with Flyway?",
    "How do I publish messages to a Kafka topic?",
    "How do I write a web server in Rust with Actix?",
    "How do I configure webpack code splitting?",
    "How do I connect to a MySQL database from Node.js?",
  ],
  docusaurus: [
    "How do I deploy a Django app?",
    "How do I set up Vue Router?",
    "How do I add Tailwind CSS to my Docusaurus site?",
    "How do I connect my site to a MySQL database?",
    "What is the capital of Canada?",
    "How do I train an image classifier with TensorFlow?",
    "How do I create an API route in Next.js?",
    "How do I set up a Kubernetes ingress controller?",
    "How do I build an Android app with Kotlin?",
    "How do I set up Apollo Client for GraphQL queries?",
    "How do I send a newsletter to my blog's subscribers?",
    "How do I accept payments with Stripe?",
    "Can I write my pages with Svelte components?",
    "How do I import my old WordPress blog posts into Docusaurus?",
    "How do I add Disqus comments under my blog posts?",
    "How do I build a REST API with Flask?",
    "How do I write a controller in Laravel?",
    "What is the time complexity of quicksort?",
    "How do I host a Minecraft server?",
    "How do I export the whole documentation as a single PDF?",
  ],
};
