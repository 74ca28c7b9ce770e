// Runs in the site's browser bundle (and is imported, harmlessly, while Docusaurus renders pages
// on the server): loads the element, and shows it on the routes the plugin's options name.
import "@pagewise/widget";

const SELECTOR = "pagewise-assistant[data-pagewise-docusaurus]";

interface RouteUpdate {
  location: { pathname: string };
}

/** A Docusaurus client module lifecycle: after every navigation, the first page load included. */
export function onRouteDidUpdate({ location }: RouteUpdate): void {
  if (typeof document === "undefined") return;
  const element = document.querySelector(SELECTOR);
  const routes = element?.getAttribute("data-routes")?.split(" ").filter(Boolean);
  if (!element || routes === undefined) return;
  const shown = routes.some((route) => within(location.pathname, route));
  element.toggleAttribute("hidden", !shown);
  // Leaving the assistant's routes closes its dialog (element.close(), once the element is defined).
  if (!shown && "close" in element && typeof element.close === "function") element.close();
}

function within(pathname: string, route: string): boolean {
  const prefix = route.replace(/\/+$/, "");
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}
