/**
 * The element's styles, inside its shadow root: the host page's CSS cannot reach in, and these
 * cannot leak out. What does cross the boundary is inheritance, so `.pw-root` resets everything
 * (`all: initial`) and sizes are in px, never rem (the host's root font size). Custom properties
 * do cross, on purpose: they are how a site brands the assistant.
 *
 *   pagewise-assistant { --pagewise-accent: #7c3aed; --pagewise-font: "Inter", sans-serif; }
 */
export const STYLES = `
:host { all: initial !important; display: contents !important; }
:host([hidden]) { display: none !important; }
.pw-root {
  all: initial;
  --pw-accent: var(--pagewise-accent, #2563eb);
  --pw-font: var(--pagewise-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  --pw-mono: var(--pagewise-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
  --pw-radius: var(--pagewise-radius, 10px);
  --pw-bg: #ffffff; --pw-fg: #1c1e21; --pw-muted: #5f6368; --pw-border: #d0d7de; --pw-code-bg: #f6f8fa;
  --pw-error: #b42318;
  font: 14px/1.5 var(--pw-font);
  color: var(--pw-fg);
}
.pw-root[data-theme="dark"] {
  --pw-accent: var(--pagewise-accent-dark, var(--pagewise-accent, #7aa2ff));
  --pw-bg: #1e1f22; --pw-fg: #e3e3e3; --pw-muted: #a8abb0; --pw-border: #3d4048; --pw-code-bg: #2a2c31;
  --pw-error: #ff8a80;
}
.pw-root *, .pw-root *::before, .pw-root *::after { box-sizing: border-box; font: inherit; color: inherit; letter-spacing: normal; text-transform: none; }
.pw-root a { color: var(--pw-accent); text-decoration: underline; text-underline-offset: 2px; cursor: pointer; }
.pw-root :focus-visible { outline: 2px solid var(--pw-accent); outline-offset: 2px; }
.pw-root button { cursor: pointer; }
.pw-launcher {
  position: fixed; right: 20px; bottom: 20px; z-index: var(--pagewise-z-index, 2147483000);
  display: inline-flex; align-items: center; gap: 8px; padding: 10px 14px; border: 0; border-radius: 999px;
  background: var(--pw-accent); color: #fff !important; font-weight: 600; box-shadow: 0 6px 20px rgb(0 0 0 / 0.2);
}
.pw-launcher[data-placement="bottom-left"] { right: auto; left: 20px; }
.pw-kbd { font: 12px/1 var(--pw-mono) !important; padding: 3px 5px; border-radius: 4px; background: rgb(255 255 255 / 0.2); }
.pw-chip {
  position: fixed; z-index: var(--pagewise-z-index, 2147483000); padding: 6px 10px; border: 1px solid var(--pw-border);
  border-radius: 999px; background: var(--pw-bg); color: var(--pw-fg); box-shadow: 0 4px 14px rgb(0 0 0 / 0.18);
  font-weight: 600;
}
.pw-backdrop { position: fixed; inset: 0; z-index: var(--pagewise-z-index, 2147483000); background: rgb(0 0 0 / 0.45); }
.pw-dialog {
  position: fixed; z-index: var(--pagewise-z-index, 2147483000); top: 8vh; left: 50%; transform: translateX(-50%);
  display: flex; flex-direction: column; gap: 12px; width: min(680px, calc(100vw - 24px)); max-height: 84vh; overflow: auto;
  padding: 16px 18px; border-radius: var(--pw-radius); background: var(--pw-bg); color: var(--pw-fg);
  border: 1px solid var(--pw-border); box-shadow: 0 18px 50px rgb(0 0 0 / 0.35);
}
.pw-header { display: flex; align-items: center; gap: 8px; }
.pw-header h2 { flex: 1; margin: 0; font-size: 16px; font-weight: 700; }
.pw-close { font-size: 20px; line-height: 1; padding: 2px 10px; }
.pw-ask, .pw-row { display: flex; gap: 8px; flex-wrap: wrap; }
.pw-input, .pw-field input {
  flex: 1; min-width: 0; padding: 9px 12px; border: 1px solid var(--pw-border); border-radius: 8px;
  background: var(--pw-bg); color: var(--pw-fg);
}
.pw-button { padding: 8px 14px; border-radius: 8px; border: 1px solid var(--pw-border); background: transparent; color: var(--pw-fg); font-weight: 600; }
.pw-primary { background: var(--pw-accent); border-color: var(--pw-accent); color: #fff; }
.pw-quiet { border-color: transparent; }
.pw-button:disabled { opacity: 0.6; cursor: default; }
.pw-field { display: flex; flex-direction: column; gap: 4px; }
.pw-account { display: flex; flex-direction: column; gap: 10px; }
.pw-root p, .pw-root ul, .pw-root ol { margin: 0 0 10px; }
.pw-root ul, .pw-root ol { padding-left: 22px; }
.pw-root li { display: list-item; }
.pw-root ul li { list-style: disc; }
.pw-root ol li { list-style: decimal; }
.pw-root strong, .pw-root b { font-weight: 700; }
.pw-root em, .pw-root i { font-style: italic; }
.pw-root code { font-family: var(--pw-mono) !important; font-size: 13px; }
.pw-root pre, .pw-code {
  display: block; margin: 0 0 10px; padding: 10px 12px; overflow: auto; max-height: 320px; white-space: pre;
  border-radius: 8px; background: var(--pw-code-bg); font: 13px/1.45 var(--pw-mono) !important;
}
.pw-root table { display: table; border-collapse: collapse; margin: 0 0 10px; }
.pw-root tr { display: table-row; }
.pw-root th, .pw-root td { display: table-cell; border: 1px solid var(--pw-border); padding: 4px 8px; text-align: left; }
.pw-root th { font-weight: 700; }
.pw-root h1, .pw-root h2, .pw-root h3, .pw-root h4 { display: block; font-weight: 700; margin: 0 0 8px; }
.pw-copy { margin: -6px 0 10px; padding: 2px 8px; font-size: 12px; border: 1px solid var(--pw-border); border-radius: 6px; background: transparent; }
.pw-question { color: var(--pw-muted); }
.pw-sources h3 { font-size: 13px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--pw-muted); margin: 4px 0 6px; }
.pw-heading, .pw-small, .pw-hint { color: var(--pw-muted); font-size: 13px; }
.pw-list-title { font-weight: 600; }
.pw-marker { text-decoration: none; font-size: 12px; vertical-align: super; }
.pw-feedback { display: flex; align-items: center; gap: 6px; margin: 0; padding: 0; border: 0; min-width: 0; }
.pw-vote { display: inline-flex; padding: 5px 8px; border-radius: 8px; border: 1px solid var(--pw-border); background: transparent; color: var(--pw-muted); }
.pw-vote svg { display: block; }
.pw-vote[aria-pressed="true"] { border-color: var(--pw-accent); background: var(--pw-code-bg); color: var(--pw-accent); }
.pw-error { color: var(--pw-error); }
.pw-visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-reduced-motion: no-preference) { .pw-dialog { animation: pw-in 120ms ease-out; } }
@keyframes pw-in { from { opacity: 0; transform: translate(-50%, 8px); } to { opacity: 1; transform: translate(-50%, 0); } }
`;
