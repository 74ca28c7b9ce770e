export { convertNpmCommands, type PackageManager } from "./convert-npm-command";
export {
  type CodeBlockInput,
  type CodeBlockPage,
  createCodeBlockPage,
  type RenderedCodeBlock,
  renderCodeBlock,
} from "./render-code-block";
export { type TabSpec, tabsElement } from "./tabs-element";
