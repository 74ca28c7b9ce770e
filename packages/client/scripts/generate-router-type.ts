/** Writes src/app-router.generated.ts from @pagewise/api's router (see router-type-source.ts). */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { routerTypeSource } from "./router-type-source";

const target = fileURLToPath(new URL("../src/app-router.generated.ts", import.meta.url));
writeFileSync(target, routerTypeSource());
console.log(`Wrote ${target}`);
