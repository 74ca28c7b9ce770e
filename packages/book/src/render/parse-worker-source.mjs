// Development, tests and the CLI run this package's TypeScript source: the parse worker
// registers tsx in its own thread, then loads its entry (the server's bundle has its own JS).
import { register } from "tsx/esm/api";

register();
await import("./parse-worker-entry.ts");
