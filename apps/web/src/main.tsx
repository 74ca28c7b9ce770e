import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { applyStoredTheme } from "./lib/theme";
import { router } from "./router";
import { createTrpcClient, trpc } from "./trpc";
import "./styles.css";

const rootElement = document.getElementById("root");
if (!rootElement) throw new Error('index.html has no element with id "root" to render the app into.');

applyStoredTheme();

const queryClient = new QueryClient();
const trpcClient = createTrpcClient();

// Every id React makes (useId) starts with "pw-", as the article's own ids never do.
createRoot(rootElement, { identifierPrefix: "pw-" }).render(
  <StrictMode>
    <trpc.Provider client={trpcClient} queryClient={queryClient}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </trpc.Provider>
  </StrictMode>,
);
