import type { Page } from "playwright-core";

/**
 * For each query, the time from its last keystroke to its first result on screen (the next
 * frame), timed in the page with the quick-search dialog open: the input event a keystroke
 * fires, then ranking and rendering.
 */
export function timeToFirstResult(page: Page, queries: readonly string[]): Promise<number[]> {
  return page.evaluate(async (words) => {
    const input = document.querySelector<HTMLInputElement>("[role=combobox]");
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
    if (input === null || setValue === undefined) throw new Error("no search box");
    const type = (value: string) => {
      setValue.call(input, value);
      input.dispatchEvent(new Event("input", { bubbles: true }));
    };
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const times: number[] = [];
    for (const word of words) {
      type(word.slice(0, -1));
      await frame();
      const start = performance.now();
      type(word);
      const lower = word.toLowerCase();
      while (!document.querySelector("[role=option] mark")?.textContent?.toLowerCase().includes(lower)) await frame();
      await frame();
      times.push(performance.now() - start);
    }
    return times;
  }, queries);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
