/**
 * @pagewise/widget: importing it defines `<pagewise-assistant>`.
 *
 *   <script type="module" src="…/pagewise-widget.js"></script>
 *   <pagewise-assistant server="https://assistant.example.com"></pagewise-assistant>
 */
import { definePagewiseAssistant, type PagewiseAssistantElement, TAG_NAME } from "./element.js";

definePagewiseAssistant();

export { definePagewiseAssistant, type PagewiseAssistantElement, TAG_NAME };

declare global {
  interface HTMLElementTagNameMap {
    "pagewise-assistant": PagewiseAssistantElement;
  }
}
