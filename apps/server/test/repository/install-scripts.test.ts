import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { findProjectRoot } from "@pagewise/db";
import { expect, it } from "vitest";

// npm 11 skips dependencies' install scripts unless package.json's `allowScripts` approves them, and
// warns at every install about each one not yet decided. Every script must be decided (approved or
// denied), so `npm ci` stays quiet and a new dependency's script is a reviewed choice.
it("leaves no dependency install script undecided in allowScripts", async () => {
  const { stdout } = await promisify(execFile)("npm", ["install-scripts", "ls", "--json"], {
    cwd: findProjectRoot(import.meta.dirname),
  });
  const report: { allowScripts: { name: string }[] } = JSON.parse(stdout);
  expect(report.allowScripts.map((pending) => pending.name)).toEqual([]);
});
