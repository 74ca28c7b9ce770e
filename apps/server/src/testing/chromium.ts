import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * The system Chromium (never a downloaded browser): CHROMIUM_PATH, or the
 * Debian package's binary. Undefined when there is none; under CI=true that is
 * an error rather than a skip.
 */
export function findChromium(): string | undefined {
  const path = process.env.CHROMIUM_PATH ?? CANDIDATES.find((candidate) => existsSync(candidate));
  if (path !== undefined && existsSync(path)) return path;
  const why = "No Chromium found (set CHROMIUM_PATH or `apt-get install chromium`): browser tests are skipped.";
  if (process.env.CI === "true") throw new Error(why.replace("are skipped", "cannot run under CI=true"));
  console.warn(why);
  return undefined;
}

export function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (executablePath === undefined) throw new Error("No Chromium to launch");
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
