/**
 * @pagewise/widget: importing it defines `<pagewise-assistant>`.
 *
 *   <script type="module" src="…/pagewise-widget.js"></script>
 *   <pagewise-assistant server="https://assistant.example.com"></pagewise-assistant>
 *   <pagewise-sign-in></pagewise-sign-in>   (a navbar's sign-in button, optional)
 */
import { definePagewiseAssistant, type PagewiseAssistantElement, TAG_NAME } from "./element.js";
import { definePagewiseSignIn, SIGN_IN_TAG } from "./sign-in-element.js";

definePagewiseAssistant();
definePagewiseSignIn();

export { definePagewiseAssistant, definePagewiseSignIn, type PagewiseAssistantElement, SIGN_IN_TAG, TAG_NAME };

declare global {
  interface HTMLElementTagNameMap {
    "pagewise-assistant": PagewiseAssistantElement;
  }
}
