import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from "@tanstack/react-router";
import { PageLoading } from "./components/page-loading";
import { validateRedirectSearch, validateResetPasswordSearch, validateSignInSearch } from "./lib/auth-search-params";
import { docsRouteRewrite, readDocsRoute } from "./lib/docs-route";
import { DOCS_CHILD_PATHS, ROUTE_PATHS } from "./route-paths";
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

// Every page is its own chunk; the assistant (the home page) is small, and the reader's
// Markdown renderer and highlighter load only when a page of the book is opened.
const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: ROUTE_PATHS.home,
  component: lazyRouteComponent(() => import("./routes/assistant"), "AssistantPage"),
});

const statusRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: ROUTE_PATHS.status,
  component: lazyRouteComponent(() => import("./routes/status"), "StatusPage"),
});

const goodbyeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: ROUTE_PATHS.goodbye,
  component: lazyRouteComponent(() => import("./routes/goodbye"), "GoodbyePage"),
});

// The reader: /docs is the book's home page (the empty slug), /docs/a/b any nested page.
const docsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: ROUTE_PATHS.docs,
  component: lazyRouteComponent(() => import("./routes/reader-layout"), "ReaderLayout"),
});

const docPage = lazyRouteComponent(() => import("./routes/doc-page"), "DocPage");

const docsIndexRoute = createRoute({
  getParentRoute: () => docsRoute,
  path: DOCS_CHILD_PATHS.index,
  component: docPage,
});

const docRoute = createRoute({
  getParentRoute: () => docsRoute,
  path: DOCS_CHILD_PATHS.page,
  component: docPage,
});

// The account pages are split into chunks of their own: most visits never open them, so their
// forms stay out of the JavaScript a first visit downloads. Their search params are validated
// here, in the main chunk, so links to them are typed everywhere.
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: ROUTE_PATHS.signIn,
  validateSearch: validateSignInSearch,
  component: lazyRouteComponent(() => import("./routes/sign-in"), "SignInPage"),
});

const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: ROUTE_PATHS.signUp,
  validateSearch: validateRedirectSearch,
  component: lazyRouteComponent(() => import("./routes/sign-up"), "SignUpPage"),
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: ROUTE_PATHS.forgotPassword,
  component: lazyRouteComponent(() => import("./routes/forgot-password"), "ForgotPasswordPage"),
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: ROUTE_PATHS.resetPassword,
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
  path: ROUTE_PATHS.account,
  component: lazyRouteComponent(() => import("./routes/account"), "AccountPage"),
});

const profileRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: ROUTE_PATHS.profile,
  component: lazyRouteComponent(() => import("./routes/profile"), "ProfilePage"),
});

const adminRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: ROUTE_PATHS.admin,
  component: lazyRouteComponent(() => import("./routes/admin"), "AdminPage"),
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  statusRoute,
  goodbyeRoute,
  docsRoute.addChildren([docsIndexRoute, docRoute]),
  signInRoute,
  signUpRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  signedInRoute.addChildren([accountRoute, profileRoute, adminRoute]),
]);

export const router = createRouter({
  routeTree,
  // The reader at the site's own docs path (its routeBasePath), though its routes are /docs inside.
  rewrite: docsRouteRewrite(readDocsRoute()),
  // Hovering or focusing a link starts loading its page's chunk, so the click rarely waits.
  defaultPreload: "intent",
  defaultPendingComponent: () => <PageLoading />,
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
  interface HistoryState {
    /** Set by a navigation that leaves focus nowhere useful (quick search): the page it opens takes it. */
    focusPage?: boolean;
  }
  interface StaticDataRouteOption {
    /** Set on layouts whose pages need a session: signing out there leaves for the home page. */
    requiresSession?: boolean;
  }
}
