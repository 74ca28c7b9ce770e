import { articleSchema } from "@pagewise/book";
import type { ElementContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { sanitize } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import { visit } from "unist-util-visit";
import { codeLineCount, isLeadIn, plainText, proseLength } from "./rendered-lead/block-text";
import { isHeading } from "./rendered-lead/hast-nodes";
import { sectionBlocks } from "./rendered-lead/section-blocks";
import { capShapes, fitToChars, type Trimmed } from "./rendered-lead/trim-blocks";
import type { LeadBudget } from "./section-answer";

export interface RenderedLead {
  /** A sanitised HTML fragment: the section's opening as the reader sees it, trimmed. */
  html: string;
  /** Plain text of the same (for a language model, logs, and the text answer). */
  text: string;
  /** Whether anything of the section was left out (the answer then links "Read more"). */
  truncated: boolean;
}

/** A block of the section taken into the lead: its position in the section, and what of it is shown. */
interface Taken extends Trimmed {
  index: number;
}

/**
 * The opening of the section `anchor` of a rendered page (`document.html`),
 * quoted as the reader sees it: whole blocks in order until `budget` is spent,
 * a long paragraph cut at a sentence, lists, tables and code shortened but
 * kept as they are, and never a "like this:" without what it introduces.
 * `wantCode` (a how-question) also brings in the section's first code example.
 * The heading itself is left to the caller. Undefined when the page has no
 * heading with that id; `""` is the top of the page.
 */
export function renderedLead(
  pageHtml: string,
  anchor: string,
  budget: LeadBudget,
  options: { wantCode?: boolean } = {},
): RenderedLead | undefined {
  const section = sectionBlocks(fromHtml(pageHtml, { fragment: true }), anchor);
  if (section === undefined) return undefined;
  const { blocks } = section;
  const taken = takeWithinBudget(blocks, budget);
  settleEnd(taken, blocks, budget);
  if (options.wantCode === true) takeFirstCode(taken, blocks, budget);
  const nodes = taken.map((block) => block.node);
  return {
    html: leadHtml(nodes),
    text: plainText(nodes),
    truncated: section.hidTabs || taken.length < blocks.length || taken.some((block) => block.cut),
  };
}

/**
 * Whole blocks in order while the prose budget lasts; the block that overruns
 * it is cut to fit (or left out). Code costs lines, not characters: the first
 * example is shortened to `maxCodeLines`, a later one must fit what is left.
 */
function takeWithinBudget(blocks: readonly ElementContent[], budget: LeadBudget): Taken[] {
  const taken: Taken[] = [];
  let chars = budget.maxChars;
  let codeLines = budget.maxCodeLines;
  for (const [index, block] of blocks.entries()) {
    if (chars <= 0) break;
    const lines = codeLineCount(block);
    const hadCode = codeLines < budget.maxCodeLines;
    if (lines > 0 && hadCode && lines > codeLines) break;
    const capped = capShapes(block, budget.maxCodeLines);
    const length = proseLength(capped.node);
    if (length > chars) {
      const fitted = fitToChars(capped.node, chars, taken.length === 0);
      if (fitted !== undefined) taken.push({ index, node: fitted.node, cut: capped.cut || fitted.cut });
      break;
    }
    taken.push({ index, ...capped });
    chars -= length;
    codeLines -= codeLineCount(capped.node);
  }
  return taken;
}

/**
 * Ends the lead where a reader can stop: never on a subsection's heading, and
 * never on a lead-in ("…as follows:"), which brings in the block it announces
 * even past the budget, or goes when there is none (the section ends, or a
 * heading follows).
 */
function settleEnd(taken: Taken[], blocks: readonly ElementContent[], budget: LeadBudget): void {
  // Blocks from here on were given up on: a dropped lead-in's block is never brought back by an earlier one.
  let limit = blocks.length;
  for (let last = taken.at(-1); last !== undefined; last = taken.at(-1)) {
    if (isHeading(last.node)) {
      limit = last.index;
      taken.pop();
    } else if (!last.cut && isLeadIn(last.node)) {
      const next = blocks[last.index + 1];
      if (next !== undefined && last.index + 1 < limit && !isHeading(next)) {
        taken.push(announced(next, last.index + 1, budget));
      } else {
        limit = last.index;
        taken.pop();
      }
    } else {
      return;
    }
  }
}

/**
 * For a how-question, the section's first code example when the budget
 * stopped short of it, with the lead-in that announces it ("Add this to
 * `server.ts`:") and, when it sits in a subsection the lead did not reach,
 * that subsection's heading ("With Zod"), which says what the example is of.
 * The blocks skipped in between make the lead truncated.
 */
function takeFirstCode(taken: Taken[], blocks: readonly ElementContent[], budget: LeadBudget): void {
  if (taken.some((block) => codeLineCount(block.node) > 0)) return;
  const after = (taken.at(-1)?.index ?? -1) + 1;
  const at = blocks.findIndex((block, index) => index >= after && codeLineCount(block) > 0);
  if (at < 0) return;
  const skipped = blocks.slice(after, at);
  const heading = skipped.findLastIndex(isHeading);
  const last = skipped.at(-1);
  const leadIn = last !== undefined && isLeadIn(last) ? skipped.length - 1 : -1;
  // Never the same block: a heading is not a lead-in. An index of -1 finds nothing.
  for (const index of [heading, leadIn]) {
    const block = skipped[index];
    if (block !== undefined) taken.push(announced(block, after + index, budget));
  }
  const code = blocks[at];
  if (code !== undefined) taken.push(announced(code, at, budget));
}

/** A block the lead must show: shapes capped, prose to a budget of its own (it comes on top of the lead's). */
function announced(block: ElementContent, index: number, budget: LeadBudget): Taken {
  const capped = capShapes(block, budget.maxCodeLines);
  if (proseLength(capped.node) <= budget.maxChars) return { index, ...capped };
  const fitted = fitToChars(capped.node, budget.maxChars, true) ?? capped;
  return { index, node: fitted.node, cut: capped.cut || fitted.cut };
}

/**
 * The blocks as HTML, sanitised again with the article's schema (the page's
 * HTML comes from the database). Ids are dropped, so that the lead never
 * repeats the ids of the page it is shown beside, and every `<pre>` is a
 * focusable scroll region, as in the article (code-figure.ts).
 */
function leadHtml(blocks: readonly ElementContent[]): string {
  const children = blocks.flatMap((block, index): ElementContent[] =>
    index === 0 ? [block] : [{ type: "text", value: "\n" }, block],
  );
  const clean = sanitize({ type: "root", children }, articleSchema);
  visit(clean, "element", (element) => {
    element.properties.id = undefined;
    if (element.tagName === "pre") element.properties.tabIndex = 0;
  });
  return toHtml(clean);
}
