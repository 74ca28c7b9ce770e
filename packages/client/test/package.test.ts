import { readdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPackedConsumer, type PackedConsumer, run } from "../scripts/packed-consumer";

const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));
/** The three published packages: the client, and the widget and Docusaurus plugin built on it. */
const PUBLISHED = [
  PACKAGE_DIR,
  ...["widget", "docusaurus"].map((name) => fileURLToPath(new URL(`../../${name}`, import.meta.url))),
];
const TSC = fileURLToPath(import.meta.resolve("typescript/bin/tsc"));

/** What a consumer writes: wrong inputs must be type errors, so the types cannot have become `any`. */
const CONSUMER_SOURCE = `import { type AskEvent, createPagewiseClient, pagewiseErrorCode, type RouterOutputs } from "@pagewise/client";
import pagewise, { validateOptions } from "@pagewise/docusaurus";
import { definePagewiseAssistant, type PagewiseAssistantElement } from "@pagewise/widget";
import { PagewiseAssistant } from "@pagewise/widget/react";

definePagewiseAssistant();
const element: PagewiseAssistantElement | null = document.querySelector("pagewise-assistant");
element?.open("How do I sign in?");
export const inReact = PagewiseAssistant({ server: "https://assistant.example.com", launcher: "none" });
// @ts-expect-error the server is required
PagewiseAssistant({ launcher: "none" });
export const plugin = pagewise({ baseUrl: "/" }, validateOptions({ options: { server: "https://assistant.example.com" } }));

const client = createPagewiseClient({ url: "http://localhost:3000" });
export async function main(): Promise<void> {
  const answer: RouterOutputs["rag"]["query"] = await client.api.rag.query.query({ question: "How do I sign in?" });
  const first: number | undefined = answer.citations[0]?.n;
  // @ts-expect-error a question is text
  await client.api.rag.query.query({ question: 42 });
  // @ts-expect-error no such procedure
  await client.api.rag.nothing.query();
  for await (const event of client.ask({ question: "streamed" })) {
    const seen: AskEvent["type"] = event.type;
    if (event.type === "done") console.log(event.answered, seen, first);
  }
  const signedIn = await client.auth.signIn({ email: "a@example.com", password: "secret" });
  if (signedIn.error) console.log(signedIn.error.status, signedIn.error.message);
  else console.log(signedIn.data.user.email);
  await client.api.profile.get.query().catch((error: unknown) => console.log(pagewiseErrorCode(error)));
}
`;

const COMPILER_OPTIONS = { strict: true, noEmit: true, skipLibCheck: false, target: "ES2022" };

/** The two ways TypeScript resolves packages today, each with the libraries a consumer would have. */
const CONSUMERS = {
  bundler: { module: "ESNext", moduleResolution: "Bundler", lib: ["ES2022", "DOM", "ESNext.Disposable"], types: [] },
  // @trpc/client's own declarations name DOM types (RequestInfo), so even a Node project needs the DOM lib.
  nodenext: { module: "NodeNext", moduleResolution: "NodeNext", lib: ["ES2022", "DOM"], types: ["node"] },
};

/** Packages the client must not make its consumers type-check: the server's. */
const SERVER_PACKAGES = /node_modules\/(kysely|better-auth|@better-auth|zod|better-call|@pagewise\/api)\//;

/**
 * The published packages as a consumer gets them: `npm pack`, installed from the tarballs into a
 * project outside this repository, type-checked under Bundler and NodeNext with skipLibCheck off.
 */
describe("the packed @pagewise/client, @pagewise/widget and @pagewise/docusaurus", () => {
  let packed: PackedConsumer | undefined;
  let consumer = "";
  beforeAll(async () => {
    packed = await createPackedConsumer({
      packages: PUBLISHED,
      extra: ["@types/node@20", "@types/react@19", "react@19"],
    });
    consumer = packed.dir;
    await writeFile(join(consumer, "index.ts"), CONSUMER_SOURCE);
    for (const [name, options] of Object.entries(CONSUMERS)) {
      const config = { compilerOptions: { ...COMPILER_OPTIONS, ...options }, files: ["index.ts"] };
      await writeFile(join(consumer, `tsconfig.${name}.json`), JSON.stringify(config));
    }
  }, 300_000);
  afterAll(async () => {
    await packed?.dispose();
  });

  /** The files of an installed package, as its tarball held them. */
  const installedFiles = async (name: string) =>
    (await readdir(join(consumer, "node_modules/@pagewise", name), { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(join(consumer, "node_modules/@pagewise", name), join(entry.parentPath, entry.name)))
      .sort();

  it("packs only what each package publishes: its build, README and manifest", async () => {
    const client = await installedFiles("client");
    expect(client).toEqual(expect.arrayContaining(["README.md", "dist/index.d.ts", "dist/index.js", "package.json"]));
    expect(client.filter((path) => !/^(dist\/.*\.(js|d\.ts)|README\.md|package\.json)$/.test(path))).toEqual([]);
    expect(await installedFiles("widget")).toEqual([
      "README.md",
      "dist/element.d.ts",
      "dist/index.d.ts",
      "dist/pagewise-widget.js",
      "dist/react.d.ts",
      "dist/react.js",
      "dist/sign-in-element.d.ts",
      "package.json",
    ]);
    expect(await installedFiles("docusaurus")).toEqual([
      "README.md",
      "dist/client-module.js",
      "dist/index.d.ts",
      "dist/index.js",
      "dist/options.d.ts",
      "dist/options.js",
      "package.json",
    ]);
  });

  for (const name of Object.keys(CONSUMERS)) {
    it(`type-checks a consumer of all three under ${name} resolution, reading none of the server's packages`, async () => {
      const check = await run(process.execPath, [TSC, "-p", `tsconfig.${name}.json`], { cwd: consumer }).catch(
        (error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error) }),
      );
      expect(check.stdout).toBe("");
      const { stdout } = await run(process.execPath, [TSC, "-p", `tsconfig.${name}.json`, "--listFilesOnly"], {
        cwd: consumer,
      });
      const files = stdout.split("\n").filter((line) => line.includes("node_modules"));
      for (const name of [
        "client/dist/index.d.ts",
        "widget/dist/index.d.ts",
        "widget/dist/react.d.ts",
        "docusaurus/dist/index.d.ts",
      ]) {
        expect(files).toContainEqual(expect.stringContaining(`/@pagewise/${name}`));
      }
      expect(files.filter((file) => SERVER_PACKAGES.test(file))).toEqual([]);
    });
  }

  it("loads in Node as the ES module its manifest names", async () => {
    const script = `import("@pagewise/client").then((m) => console.log(Object.keys(m).sort().join(",")))`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: consumer });
    expect(stdout.trim()).toBe(
      "answerBlocks,createPagewiseClient,isPagewiseError,pagewiseErrorCode,splitCitationMarkers",
    );
  });
});
