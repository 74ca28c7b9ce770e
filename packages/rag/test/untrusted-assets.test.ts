import { execFileSync } from "node:child_process";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { readAsset } from "@pagewise/book";
import { writeTree } from "@pagewise/book/testing";
import { createTestDatabase, type TestDatabase } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type IngestSummary, ingestDirectory } from "../src";

// A docs folder takes pull requests from anyone: every way a page can reach a
// server file must end in a refusal naming the page, and nothing of it stored.
const SECRET = "secret-signing-key-0123456789abcdef";
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082",
  "hex",
);

/** Each hostile reference and the page that makes it. */
const HOSTILE: Array<[page: string, reference: string]> = [
  ["site-data.md", "[download](@site/.data/auth-secret)"],
  ["parent-data.md", "![x](../.data/auth-secret)"],
  ["site-env.md", "[env](@site/.env)"],
  ["parent-env.md", "![env](../.env.png)"],
  ["environ.md", "![x](./environ.png)"],
  ["passwd.md", "![x](./passwd.png)"],
  ["etc-folder.md", "![x](./etc/passwd)"],
  ["outside-folder.md", "![x](./elsewhere/picture.png)"],
  ["dot-folder.md", "![x](./.hidden/picture.png)"],
  ["dotfile.md", "[x](./.secret.txt)"],
  ["fifo.md", "![x](./pipe.png)"],
  ["not-a-png.md", "![x](./text-as.png)"],
  ["not-allowed.md", "[x](./deploy.sh)"],
  ["static-dotfile.md", "![x](/.well-known/picture.png)"],
  ["static-symlink.md", "![x](/img/leak.png)"],
];

describe("ingest of a docs folder as untrusted input", () => {
  let database: TestDatabase;
  let site: Awaited<ReturnType<typeof writeTree>>;
  let outside: Awaited<ReturnType<typeof writeTree>>;
  let summary: IngestSummary;

  beforeAll(async () => {
    outside = await writeTree({ "picture.png": "placeholder" });
    await writeFile(join(outside.dir, "picture.png"), PNG);
    site = await writeTree({
      ".data/auth-secret": SECRET,
      ".env": `BETTER_AUTH_SECRET=${SECRET}`,
      ".env.png": SECRET,
      "docs/index.md": "# Home\n\n![ok](./ok.png) [ok file](./notes.txt) ![logo](/img/logo.svg)",
      "docs/.hidden/picture.png": "placeholder",
      "docs/.secret.txt": SECRET,
      "docs/text-as.png": SECRET,
      "docs/deploy.sh": `echo ${SECRET}`,
      "docs/notes.txt": "plain notes",
      "static/img/logo.svg": '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
      "static/.well-known/picture.png": "placeholder",
      ...Object.fromEntries(HOSTILE.map(([page, reference]) => [`docs/${page}`, `# ${page}\n\n${reference}\n`])),
    });
    for (const path of ["docs/ok.png", "docs/.hidden/picture.png", "static/.well-known/picture.png"]) {
      await writeFile(join(site.dir, path), PNG);
    }
    await symlink("/proc/self/environ", join(site.dir, "docs/environ.png"));
    await symlink("/etc/passwd", join(site.dir, "docs/passwd.png"));
    await symlink("/etc", join(site.dir, "docs/etc"));
    await symlink(outside.dir, join(site.dir, "docs/elsewhere"));
    await symlink(join(site.dir, ".data/auth-secret"), join(site.dir, "static/img/leak.png"));
    execFileSync("mkfifo", [join(site.dir, "docs/pipe.png")]);
    database = await createTestDatabase("pglite");
    summary = await ingestDirectory(database.db, join(site.dir, "docs"));
  });
  afterAll(async () => {
    await database?.dispose();
    await site?.dispose();
    await outside?.dispose();
  });

  it.each(HOSTILE)("refuses what %s references (%s), with a warning naming the page", (page, reference) => {
    const warnings = summary.warnings.filter((warning) => warning.path === page);
    expect(warnings).toEqual([
      {
        kind: "refused-asset",
        path: page,
        line: 3,
        message: expect.stringContaining(reference.replace(/^.*\(|\)$/g, "")),
      },
    ]);
  });

  it("stores only the files a book may publish, and none of the secret", async () => {
    const assets = await database.db.selectFrom("book_asset").select(["path", "content_type", "bytes"]).execute();
    expect(assets.map((asset) => [asset.path.replace(/^[0-9a-f]{16}\//, ""), asset.content_type]).sort()).toEqual([
      ["logo.svg", "image/svg+xml"],
      ["notes.txt", "text/plain; charset=utf-8"],
      ["ok.png", "image/png"],
    ]);
    for (const asset of assets) expect(Buffer.from(asset.bytes).toString("latin1")).not.toContain(SECRET);
    const html = (await database.db.selectFrom("document").select("html").execute()).map((row) => row.html).join("");
    expect(html).not.toContain(SECRET);
  });

  it("says why each file is refused", () => {
    const roots = [join(site.dir, "docs"), join(site.dir, "static")];
    const at = (path: string) => readAsset(join(site.dir, path), roots);
    expect(at("docs/environ.png")).toMatchObject({ ok: false, reason: "refused", problem: /symlink/ });
    expect(at("docs/passwd.png")).toMatchObject({ ok: false, reason: "refused", problem: /symlink/ });
    expect(at("docs/etc/passwd")).toMatchObject({ ok: false, reason: "refused", problem: /symlink/ });
    expect(at("docs/elsewhere/picture.png")).toMatchObject({ ok: false, reason: "refused", problem: /symlink/ });
    expect(at("static/img/leak.png")).toMatchObject({ ok: false, reason: "refused", problem: /symlink/ });
    expect(at("docs/.secret.txt")).toMatchObject({ ok: false, reason: "refused", problem: /dotfile/ });
    expect(at("docs/pipe.png")).toMatchObject({ ok: false, reason: "refused", problem: /not a regular file/ });
    expect(at("docs/text-as.png")).toMatchObject({ ok: false, reason: "refused", problem: /extension/ });
    expect(at("docs/deploy.sh")).toMatchObject({ ok: false, reason: "refused", problem: /not a type/ });
    expect(at(".env")).toMatchObject({ ok: false, reason: "refused", problem: /outside/ });
    expect(at("docs/nothing.png")).toMatchObject({ ok: false, reason: "missing" });
    expect(at("docs/ok.png")).toMatchObject({ ok: true, contentType: "image/png" });
  });

  it("follows a symlink that stays inside the book", async () => {
    await mkdir(join(site.dir, "docs/img"), { recursive: true });
    await symlink(join(site.dir, "docs/ok.png"), join(site.dir, "docs/img/same.png"));
    expect(readAsset(join(site.dir, "docs/img/same.png"), [join(site.dir, "docs")])).toMatchObject({ ok: true });
  });
});
