export { findChromium, launchChromium } from "@pagewise/server/testing";
