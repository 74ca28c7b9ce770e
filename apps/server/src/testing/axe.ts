import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Page } from "playwright-core";

const AXE_SCRIPT = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

declare global {
  interface Window {
    axe: {
      run: (
        context: Document | { include: string[][] },
        options: { resultTypes: ["violations"] },
      ) => Promise<AxeResults>;
    };
  }
}

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * axe-core's serious and critical violations on the page as it is now, or only in the element
 * `within` names (its shadow tree included): an embedded widget is judged apart from its host.
 */
export async function seriousViolations(page: Page, within?: string): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(
    (selector) =>
      window.axe.run(selector === undefined ? document : { include: [[selector]] }, { resultTypes: ["violations"] }),
    within,
  );
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
}
