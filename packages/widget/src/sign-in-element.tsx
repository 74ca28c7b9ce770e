import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { TAG_NAME as ASSISTANT_TAG, type PagewiseAssistantElement } from "./element";
import { readSettings } from "./settings";
import { shadowContainer } from "./shadow-container";
import { useSignedInUser } from "./use-signed-in-user";

export const SIGN_IN_TAG = "pagewise-sign-in";

/**
 * A button, for a navbar, that says "Sign in" (or the reader's name once signed in) and opens the
 * assistant's account panel. It belongs to the page's `<pagewise-assistant>` and takes its look
 * from where it is put (font and colour inherit; `::part(button)` styles it further).
 *
 *   <pagewise-sign-in></pagewise-sign-in>
 */
export function definePagewiseSignIn(tagName: string = SIGN_IN_TAG): void {
  if (typeof customElements === "undefined" || customElements.get(tagName)) return;
  customElements.define(
    tagName,
    class extends HTMLElement {
      #container: HTMLSpanElement | undefined;

      connectedCallback() {
        this.#container ??= shadowContainer(this, SIGN_IN_STYLES, "span");
        render(<SignInButton />, this.#container);
      }

      disconnectedCallback() {
        if (this.#container) render(null, this.#container);
      }
    },
  );
}

const SIGN_IN_STYLES = `
:host { display: inline-flex; align-items: center; }
:host([hidden]) { display: none; }
button { all: unset; cursor: pointer; font: inherit; color: inherit; padding: var(--pagewise-sign-in-padding, 4px 12px); border-radius: 6px; }
button:hover { text-decoration: underline; }
button:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
`;

function findAssistant(): PagewiseAssistantElement | null {
  return document.querySelector(ASSISTANT_TAG);
}

/** The page's assistant's server, as the assistant itself reads it (the session store's key). */
function assistantServer(): string | undefined {
  const assistant = findAssistant();
  return assistant ? readSettings(assistant).server : undefined;
}

function SignInButton() {
  // The assistant may come after this element in the page (a navbar is above the body's end).
  const [server, setServer] = useState(assistantServer);
  useEffect(() => {
    if (server !== undefined) return;
    const retry = () => setServer(assistantServer());
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", retry, { once: true });
    else queueMicrotask(retry);
  }, [server]);
  return server === undefined ? <Button label="Sign in" /> : <SignedInLabel server={server} />;
}

function SignedInLabel({ server }: { server: string }) {
  const user = useSignedInUser(server);
  return <Button label={user === null ? "Sign in" : user.name || user.email} signedIn={user !== null} />;
}

function Button({ label, signedIn = false }: { label: string; signedIn?: boolean }) {
  return (
    <button
      type="button"
      part="button"
      aria-haspopup="dialog"
      aria-label={signedIn ? `Account: ${label}` : undefined}
      onClick={() => findAssistant()?.openAccount()}
    >
      {label}
    </button>
  );
}
