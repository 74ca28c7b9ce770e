import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { router } from "./router";
import { createTrpcClient, trpc } from "./trpc";
import "./styles.css";

const rootElement = document.getElementById("root");
if (!rootElement) throw new Error('index.html has no element with id "root" to render the app into.');

const queryClient = new QueryClient();
const trpcClient = createTrpcClient();

createRoot(rootElement).render(
  <StrictMode>
    <trpc.Provider client={trpcClient} queryClient={queryClient}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </trpc.Provider>
  </StrictMode>,
);
