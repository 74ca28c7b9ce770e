import type { AppRouter } from "@pagewise/api";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

// The API's shapes, named once for the components that render them. Type-only: the router's
// code never reaches the bundle, and a change to a procedure shows up here as a type error.
type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

export type Answer = Outputs["rag"]["query"];
export type Citation = Answer["citations"][number];
export type Sidebar = Outputs["docs"]["list"][number];
export type SidebarItem = Sidebar["items"][number];
export type SidebarCategory = Extract<SidebarItem, { type: "category" }>;
export type DocumentPage = Outputs["docs"]["get"];
export type TocEntry = DocumentPage["toc"][number];
export type PageLink = NonNullable<DocumentPage["next"]>;
export type BookInfo = Outputs["docs"]["book"];
export type BookVersion = BookInfo["versions"][number];
export type PageAlternate = DocumentPage["alternates"][number];
export type SearchEntry = Outputs["docs"]["searchIndex"][number];
export type Profile = Outputs["profile"]["get"];
export type ProfileUpsertInput = Inputs["profile"]["upsert"];
export type ExperienceLevel = NonNullable<Profile["softwareBackground"]>["level"];
export type AnswerStyle = Profile["preferences"]["answerStyle"];
export type AskedBackground = Outputs["profile"]["backgrounds"][number];
export type BackgroundName = AskedBackground["background"];
export type AccountSession = Outputs["account"]["sessions"][number];
export type AdminStats = Outputs["admin"]["stats"];
export type DailyCount = AdminStats["signUpsPerDay"][number];
export type UserPage = Outputs["admin"]["listUsers"];
export type AdminUser = UserPage["users"][number];
export type AssistantStats = Outputs["admin"]["assistantStats"];
