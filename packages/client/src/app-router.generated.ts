// Generated from @pagewise/api's AppRouter by packages/client/scripts/generate-router-type.ts.
// Do not edit: run `npm run generate --workspace @pagewise/client` after changing the API.
// A test fails when this file is not what the generator writes for the current API.

import type { TRPCBuiltRouter, TRPCMutationProcedure, TRPCQueryProcedure } from "@trpc/server";

export type SidebarCategory = {
  type: "category";
  label: string;
  slug: string | null;
  collapsed: boolean;
  items: Array<{
    type: "doc";
    label: string;
    slug: string;
  } | SidebarCategory | {
    type: "link";
    label: string;
    href: string;
  } | {
    type: "html";
    html: string;
  }>;
};

/** What a failed call carries: `TRPCClientError.shape`, whose `data` is also `error.data`. */
export type ErrorShape = {
  message: string;
  data: {
    requestId?: string;
    fieldErrors: {
      [key: string]: Array<string>;
    } | undefined;
    code: "BAD_GATEWAY" | "BAD_REQUEST" | "CLIENT_CLOSED_REQUEST" | "CONFLICT" | "FORBIDDEN" | "GATEWAY_TIMEOUT" | "INTERNAL_SERVER_ERROR" | "METHOD_NOT_SUPPORTED" | "NOT_FOUND" | "NOT_IMPLEMENTED" | "PARSE_ERROR" | "PAYLOAD_TOO_LARGE" | "PAYMENT_REQUIRED" | "PRECONDITION_FAILED" | "PRECONDITION_REQUIRED" | "SERVICE_UNAVAILABLE" | "TIMEOUT" | "TOO_MANY_REQUESTS" | "UNAUTHORIZED" | "UNPROCESSABLE_CONTENT" | "UNSUPPORTED_MEDIA_TYPE";
    httpStatus: number;
    path?: string;
  };
  code: -32603 | -32600 | -32099 | -32009 | -32003 | -32005 | -32004 | -32700 | -32013 | -32002 | -32012 | -32028 | -32008 | -32029 | -32001 | -32022 | -32015;
};

/** The Pagewise API: every procedure a client may call, with its input and output. */
export type AppRouter = TRPCBuiltRouter<
  { ctx: object; meta: object; errorShape: ErrorShape; transformer: false },
  {
    health: TRPCQueryProcedure<{
      input: void;
      output: {
        status: "ok" | "degraded";
        time: string;
        database: {
          status: "up";
          latencyMs: number;
          driver: "pglite" | "pg" | "neon";
        } | {
          status: "down";
          error: string;
          driver: "pglite" | "pg" | "neon";
        };
      };
      meta: object;
    }>;
    rag: {
      query: TRPCQueryProcedure<{
        input: {
          question: string;
          k?: number;
          version?: string;
        };
        output: {
          answer: string;
          citations: Array<{
            n: number;
            source: string;
            slug: string;
            url: string;
            title: string;
            heading: string;
            snippet: string;
            score: number;
            siteUrl?: string;
          }>;
          mode: "extractive" | "llm";
          answered: boolean;
          fallbackReason?: string;
          lead?: {
            html: string;
            truncated: boolean;
          };
          questionId?: string;
        };
        meta: object;
      }>;
      ask: TRPCQueryProcedure<{
        input: {
          question: string;
          k?: number;
          version?: string;
        };
        output: AsyncGenerator<{
          type: "citations";
          citations: Array<{
            n: number;
            source: string;
            slug: string;
            url: string;
            title: string;
            heading: string;
            snippet: string;
            score: number;
            siteUrl?: string;
          }>;
          mode: "extractive" | "llm";
        } | {
          type: "delta";
          text: string;
        } | {
          type: "done";
          answer: string;
          citations: Array<{
            n: number;
            source: string;
            slug: string;
            url: string;
            title: string;
            heading: string;
            snippet: string;
            score: number;
            siteUrl?: string;
          }>;
          mode: "extractive" | "llm";
          answered: boolean;
          fallbackReason?: string;
          lead?: {
            html: string;
            truncated: boolean;
          };
          questionId?: string;
        }, void, undefined>;
        meta: object;
      }>;
      feedback: TRPCMutationProcedure<{
        input: {
          questionId: string;
          vote: "up" | "down";
          comment?: string;
        };
        output: {
          questionId: string;
          vote: "up" | "down";
          comment: string | null;
        };
        meta: object;
      }>;
      select: TRPCQueryProcedure<{
        input: {
          text: string;
          source?: string;
          version?: string;
        };
        output: {
          answer: string;
          citations: Array<{
            n: number;
            source: string;
            slug: string;
            url: string;
            title: string;
            heading: string;
            snippet: string;
            score: number;
            siteUrl?: string;
          }>;
          mode: "extractive" | "llm";
          answered: boolean;
          fallbackReason?: string;
          lead?: {
            html: string;
            truncated: boolean;
          };
          questionId?: string;
        };
        meta: object;
      }>;
    };
    docs: {
      list: TRPCQueryProcedure<{
        input: {
          version?: string;
        } | undefined;
        output: Array<{
          id: string;
          items: Array<{
            type: "doc";
            label: string;
            slug: string;
          } | SidebarCategory | {
            type: "link";
            label: string;
            href: string;
          } | {
            type: "html";
            html: string;
          }>;
        }>;
        meta: object;
      }>;
      get: TRPCQueryProcedure<{
        input: {
          slug: string;
        };
        output: {
          slug: string;
          title: string;
          description: string | null;
          source: string;
          html: string;
          toc: Array<{
            depth: number;
            text: string;
            id: string;
          }>;
          previous: {
            slug: string;
            label: string;
          } | null;
          next: {
            slug: string;
            label: string;
          } | null;
          breadcrumbs: Array<{
            label: string;
            slug: string | null;
          }>;
          unlisted: boolean;
          editUrl: string | null;
          version: string;
          alternates: Array<{
            version: string;
            slug: string;
          }>;
        };
        meta: object;
      }>;
      book: TRPCQueryProcedure<{
        input: void;
        output: {
          title: string;
          tagline: string | null;
          questions: Array<string>;
          homeSlug: string | null;
          versions: Array<{
            name: string;
            label: string;
            path: string;
            banner: "unreleased" | "unmaintained" | null;
            badge: boolean;
            isLast: boolean;
            homeSlug: string | null;
          }>;
        };
        meta: object;
      }>;
      searchIndex: TRPCQueryProcedure<{
        input: {
          version?: string;
        } | undefined;
        output: Array<{
          slug: string;
          page: string;
          heading?: {
            text: string;
            id: string;
          };
        }>;
        meta: object;
      }>;
      privacy: TRPCQueryProcedure<{
        input: void;
        output: {
          questionRetentionDays: number;
        };
        meta: object;
      }>;
    };
    profile: {
      backgrounds: TRPCQueryProcedure<{
        input: void;
        output: Array<{
          background: "software" | "hardware";
          examples: Array<string>;
        }>;
        meta: object;
      }>;
      get: TRPCQueryProcedure<{
        input: void;
        output: {
          softwareBackground: {
            level: "advanced" | "none" | "beginner" | "intermediate";
            languages: Array<string>;
            notes: string;
          } | null;
          hardwareBackground: {
            level: "advanced" | "none" | "beginner" | "intermediate";
            devices: Array<string>;
            notes: string;
          } | null;
          preferences: {
            answerStyle: "concise" | "detailed";
          };
          consentGiven: boolean;
          consent: {
            policyVersion: string;
            updatedAt: string;
          } | null;
        };
        meta: object;
      }>;
      upsert: TRPCMutationProcedure<{
        input: {
          consentGiven: boolean;
          softwareBackground?: {
            level: "advanced" | "none" | "beginner" | "intermediate";
            languages?: Array<string>;
            notes?: string;
          };
          hardwareBackground?: {
            level: "advanced" | "none" | "beginner" | "intermediate";
            devices?: Array<string>;
            notes?: string;
          };
          preferences?: {
            answerStyle: "concise" | "detailed";
          };
        };
        output: {
          softwareBackground: {
            level: "advanced" | "none" | "beginner" | "intermediate";
            languages: Array<string>;
            notes: string;
          } | null;
          hardwareBackground: {
            level: "advanced" | "none" | "beginner" | "intermediate";
            devices: Array<string>;
            notes: string;
          } | null;
          preferences: {
            answerStyle: "concise" | "detailed";
          };
          consentGiven: boolean;
          consent: {
            policyVersion: string;
            updatedAt: string;
          } | null;
        };
        meta: object;
      }>;
    };
    account: {
      export: TRPCQueryProcedure<{
        input: void;
        output: {
          exportedAt: string;
          user: {
            id: string;
            name: string;
            createdAt: Date;
            updatedAt: Date;
            email: string;
            emailVerified: boolean;
            image: string | null;
            role: string | null;
            banReason: string | null;
            banned: boolean | null;
          };
          accounts: Array<{
            createdAt: Date;
            updatedAt: Date;
            providerId: string;
            accountId: string;
            scope: string | null;
          }>;
          sessions: Array<{
            id: string;
            createdAt: Date;
            updatedAt: Date;
            expiresAt: Date;
            ipAddress: string | null;
            userAgent: string | null;
          }>;
          profile: {
            softwareBackground: {
              level: "advanced" | "none" | "beginner" | "intermediate";
              languages: Array<string>;
              notes: string;
            } | null;
            hardwareBackground: {
              level: "advanced" | "none" | "beginner" | "intermediate";
              devices: Array<string>;
              notes: string;
            } | null;
            preferences: {
              answerStyle: "concise" | "detailed";
            };
            consentGiven: boolean;
            consent: {
              policyVersion: string;
              updatedAt: string;
            } | null;
          };
          consentHistory: Array<{
            given: boolean;
            policyVersion: string;
            at: Date;
          }>;
          authEvents: Array<{
            kind: string;
            at: Date;
            device: string | null;
          }>;
        };
        meta: object;
      }>;
      sessions: TRPCQueryProcedure<{
        input: void;
        output: Array<{
          current: boolean;
          id: string;
          createdAt: Date;
          updatedAt: Date;
          expiresAt: Date;
          ipAddress: string | null;
          userAgent: string | null;
        }>;
        meta: object;
      }>;
      revokeSession: TRPCMutationProcedure<{
        input: {
          sessionId: string;
        };
        output: {
          revoked: boolean;
        };
        meta: object;
      }>;
    };
    admin: {
      stats: TRPCQueryProcedure<{
        input: {
          days?: number;
        } | undefined;
        output: {
          days: number;
          users: {
            total: number;
            admins: number;
            banned: number;
            signedUpInPeriod: number;
          };
          consentRate: number;
          signUpsPerDay: Array<{
            day: string;
            count: number;
          }>;
          signInsPerDay: Array<{
            day: string;
            count: number;
          }>;
          authFailuresPerDay: Array<{
            day: string;
            count: number;
          }>;
        };
        meta: object;
      }>;
      assistantStats: TRPCQueryProcedure<{
        input: {
          days?: number;
        } | undefined;
        output: {
          days: number;
          book: {
            indexedAt: string | null;
            lastIngest: {
              status: "failed" | "indexing" | "indexed";
              at: string;
              message?: string;
            } | null;
            failedPages: Array<{
              path: string;
              reason: string;
            }>;
          };
          questions: {
            total: number;
            answered: number;
            refused: number;
            answeredShare: number;
          };
          questionsPerDay: Array<{
            day: string;
            answered: number;
            refused: number;
          }>;
          questionsPerVersion: Array<{
            version: string | null;
            answered: number;
            refused: number;
          }>;
          topCitedPages: Array<{
            slug: string;
            count: number;
          }>;
          unanswered: Array<{
            id: string;
            question: string;
            version: string | null;
            askedAt: string;
          }>;
          feedback: {
            up: number;
            down: number;
            upShare: number;
            voters: number;
          };
          latestComments: Array<{
            id: string;
            question: string;
            answered: boolean;
            vote: "up" | "down";
            comment: string;
            createdAt: string;
          }>;
          consent: {
            readersWithConsent: number;
            readersWithoutConsent: number;
            withdrawalsPerWeek: Array<{
              count: number;
              week: string;
            }>;
          };
        };
        meta: object;
      }>;
      listUsers: TRPCQueryProcedure<{
        input: {
          search?: string;
          limit?: number;
          offset?: number;
        };
        output: {
          users: Array<{
            id: string;
            name: string;
            createdAt: Date;
            email: string;
            emailVerified: boolean;
            role: string | null;
            banReason: string | null;
            banned: boolean | null;
          }>;
          total: number;
          limit: number;
          offset: number;
        };
        meta: object;
      }>;
      actions: TRPCQueryProcedure<{
        input: {
          limit?: number;
          offset?: number;
        } | undefined;
        output: {
          actions: Array<{
            id: string;
            kind: string;
            at: Date;
            by: string | null;
            on: string | null;
          }>;
          total: number;
          limit: number;
          offset: number;
        };
        meta: object;
      }>;
      setRole: TRPCMutationProcedure<{
        input: {
          userId: string;
          role: "admin" | "user";
        };
        output: {
          userId: string;
          role: "admin" | "user";
        };
        meta: object;
      }>;
      banUser: TRPCMutationProcedure<{
        input: {
          userId: string;
          reason?: string;
        };
        output: {
          userId: string;
          banned: boolean;
        };
        meta: object;
      }>;
      unbanUser: TRPCMutationProcedure<{
        input: {
          userId: string;
        };
        output: {
          userId: string;
          banned: boolean;
        };
        meta: object;
      }>;
      revokeUserSessions: TRPCMutationProcedure<{
        input: {
          userId: string;
        };
        output: {
          userId: string;
          revoked: boolean;
        };
        meta: object;
      }>;
    };
  }
>;
