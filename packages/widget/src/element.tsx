import { render } from "preact";
import { Assistant, type Controller } from "./assistant";
import { ATTRIBUTES, readSettings } from "./settings";
import { shadowContainer } from "./shadow-container";
import { STYLES } from "./styles";

export const TAG_NAME = "pagewise-assistant";

/** `<pagewise-assistant>` as scripts see it. */
export interface PagewiseAssistantElement extends HTMLElement {
  /** Opens the assistant, asking `question` when given. */
  open(question?: string): void;
  /** Opens the assistant on its sign-in (or account) panel. */
  openAccount(): void;
  close(): void;
}

/**
 * Defines `<pagewise-assistant>` (once; a second call, or a second copy of this module, is a
 * no-op). Nothing happens where there is no DOM, so server-side rendering can import it.
 */
export function definePagewiseAssistant(tagName: string = TAG_NAME): void {
  if (typeof customElements === "undefined" || customElements.get(tagName)) return;
  customElements.define(
    tagName,
    class extends HTMLElement implements PagewiseAssistantElement {
      static observedAttributes = ATTRIBUTES;
      #container: HTMLDivElement | undefined;
      readonly #controller: Controller = { open: () => {}, openAccount: () => {}, close: () => {} };

      connectedCallback() {
        this.#container ??= shadowContainer(this, STYLES, "div");
        this.#render();
      }

      disconnectedCallback() {
        if (this.#container) render(null, this.#container);
      }

      attributeChangedCallback() {
        if (this.isConnected) this.#render();
      }

      open(question?: string) {
        this.#controller.open(question);
      }

      openAccount() {
        this.#controller.openAccount();
      }

      close() {
        this.#controller.close();
      }

      #render() {
        if (!this.#container) return;
        render(<Assistant settings={readSettings(this)} host={this} controller={this.#controller} />, this.#container);
      }
    },
  );
}
