import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from "@tanstack/react-router";
import { PageLoading } from "./components/page-loading";
import { validateRedirectSearch, validateResetPasswordSearch, validateSignInSearch } from "./lib/auth-search-params";
import { HomePage } from "./routes/home";
import { NotFoundPage } from "./routes/not-found";
import { RootLayout } from "./routes/root-layout";
import { RouteError } from "./routes/route-error";
import { SignedInLayout } from "./routes/signed-in-layout";

// Code-based routes: no generator step, and the route tree is plain TypeScript.
const rootRoute = createRootRoute({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteError,
});

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  component: HomePage,
});

// The account pages are split into chunks of their own: most visits never open them, so their
// forms stay out of the JavaScript a first visit downloads. Their search params are validated
// here, in the main chunk, so links to them are typed everywhere.
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  validateSearch: validateSignInSearch,
  component: lazyRouteComponent(() => import("./routes/sign-in"), "SignInPage"),
});

const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-up",
  validateSearch: validateRedirectSearch,
  component: lazyRouteComponent(() => import("./routes/sign-up"), "SignUpPage"),
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/forgot-password",
  component: lazyRouteComponent(() => import("./routes/forgot-password"), "ForgotPasswordPage"),
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/reset-password",
  validateSearch: validateResetPasswordSearch,
  component: lazyRouteComponent(() => import("./routes/reset-password"), "ResetPasswordPage"),
});

// A pathless layout: every page under it needs a session (see SignedInLayout).
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "signed-in",
  component: SignedInLayout,
  staticData: { requiresSession: true },
});

const accountRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/account",
  component: lazyRouteComponent(() => import("./routes/account"), "AccountPage"),
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  signInRoute,
  signUpRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  signedInRoute.addChildren([accountRoute]),
]);

export const router = createRouter({
  routeTree,
  // Hovering or focusing a link starts loading its page's chunk, so the click rarely waits.
  defaultPreload: "intent",
  defaultPendingComponent: () => <PageLoading />,
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
  interface StaticDataRouteOption {
    /** Set on layouts whose pages need a session: signing out there leaves for the home page. */
    requiresSession?: boolean;
  }
}
