import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { createTRPCQueryUtils } from "@trpc/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { applyStoredTheme } from "./lib/theme";
import { router } from "./router";
import { createTrpcClient, type InitialQuery, parseInitialQueries, trpc } from "./trpc";
import "./styles.css";

const rootElement = document.getElementById("root");
if (!rootElement) throw new Error('index.html has no element with id "root" to render the app into.');

applyStoredTheme();

const initialQueries = parseInitialQueries(document.getElementById("pw-initial-data")?.textContent);
const queryClient = new QueryClient();
const trpcClient = createTrpcClient(initialQueries);
const utils = createTRPCQueryUtils({ queryClient, client: trpcClient });

/** Puts one embedded answer in the cache under the key the page's own hooks read. */
function prefetch(query: InitialQuery): Promise<void> {
  const input = query.input;
  switch (query.path) {
    case "docs.get":
      return typeof input === "object" && input !== null && "slug" in input && typeof input.slug === "string"
        ? utils.docs.get.prefetch({ slug: input.slug })
        : Promise.resolve();
    case "docs.list":
      // A versioned site's sidebars come under the version of the page (see versionInput).
      if (input === undefined) return utils.docs.list.prefetch();
      return typeof input === "object" && input !== null && "version" in input && typeof input.version === "string"
        ? utils.docs.list.prefetch({ version: input.version })
        : Promise.resolve();
    case "docs.book":
      return utils.docs.book.prefetch();
    default:
      return Promise.resolve();
  }
}

function render(element: HTMLElement) {
  // Every id React makes (useId) starts with "pw-", as the article's own ids never do.
  createRoot(element, { identifierPrefix: "pw-" }).render(
    <StrictMode>
      <trpc.Provider client={trpcClient} queryClient={queryClient}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </trpc.Provider>
    </StrictMode>,
  );
}

// The page's data (from the HTML, no request) in the cache and its route's lazy chunks loaded
// before React's first render: that render is the page the server sent, with no loading state.
Promise.all([router.load(), ...initialQueries.map(prefetch)]).finally(() => render(rootElement));
