// No imports: this module is also part of the browser bundle (through ../client.ts).

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, "Edge"],
  [/OPR\/|Opera/, "Opera"],
  [/Firefox\//, "Firefox"],
  [/Chrome\/|Chromium\/|CriOS\//, "Chrome"],
  [/Safari\//, "Safari"],
  [/^curl\//, "curl"],
];
const SYSTEMS: [RegExp, string][] = [
  [/Android/, "Android"],
  [/iPhone|iPad|iOS/, "iOS"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

/**
 * "Firefox on Linux": enough to recognise one's own devices, too coarse to fingerprint anyone.
 * Its own answers come back unchanged: sessions store them, and the reader's list shows them.
 */
export function coarseUserAgent(userAgent: string | null | undefined): string | null {
  if (!userAgent) return null;
  if (isCoarse(userAgent)) return userAgent;
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? "Other";
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  return system === undefined ? browser : `${browser} on ${system}`;
}

function isCoarse(text: string): boolean {
  const [browser, system, ...rest] = text.split(" on ");
  const browsers = [...BROWSERS.map(([, name]) => name), "Other"];
  return (
    rest.length === 0 &&
    browsers.includes(browser ?? "") &&
    (system === undefined || SYSTEMS.some(([, name]) => name === system))
  );
}
