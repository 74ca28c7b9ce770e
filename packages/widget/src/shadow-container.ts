/**
 * The element's shadow root with its styles and one container to render into, made on first
 * connection and kept across reconnections (moving the element keeps what it showed).
 */
export function shadowContainer<Tag extends "div" | "span">(host: HTMLElement, styles: string, tag: Tag) {
  const root = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  const style = document.createElement("style");
  style.textContent = styles;
  const container = document.createElement(tag);
  root.replaceChildren(style, container);
  return container;
}
