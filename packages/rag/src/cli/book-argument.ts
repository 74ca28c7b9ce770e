import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import {
  DocsDirectoryNotFoundError,
  locateSiteBook,
  SITE_CONFIG_FILES,
  type SiteBook,
  SiteDirError,
} from "@pagewise/book";

/** A book argument that names no book: the message says what to pass instead. */
export class BookArgumentError extends Error {
  override readonly name = "BookArgumentError";
}

export interface BookArgument {
  /** The folder of pages to index. */
  docsDir: string;
  /** The site the argument named, when it named a site's folder (its config read, never run). */
  site: SiteBook | undefined;
  /** The book's static folder: DOCS_STATIC_DIR, else the site's, else none (ingest looks beside the docs). */
  staticDir: string | undefined;
}

/**
 * What a command-line tool's `<docs directory>` argument names: a docs folder,
 * or a site's folder whose `docusaurus.config.*` names the docs folder. Paths
 * are relative to where npm was started (npm runs workspace scripts in the
 * package's folder). Checked before any database is opened, so a typo creates
 * nothing. Throws BookArgumentError.
 */
export async function resolveBookArgument(argument: string | undefined): Promise<BookArgument> {
  if (argument === undefined || argument.trim() === "") throw new BookArgumentError("No docs directory given.");
  const dir = fromStartDirectory(argument);
  const info = await stat(dir).catch(() => undefined);
  if (info === undefined || !info.isDirectory()) {
    throw new BookArgumentError(
      `${new DocsDirectoryNotFoundError(dir).message} Pass the folder that holds your .md/.mdx pages.`,
    );
  }
  let site: SiteBook | undefined;
  if (SITE_CONFIG_FILES.some((name) => existsSync(join(dir, name)))) {
    try {
      site = await locateSiteBook(dir);
    } catch (error) {
      if (error instanceof SiteDirError) throw new BookArgumentError(error.message);
      throw error;
    }
  }
  return {
    docsDir: site?.docsDir ?? dir,
    site,
    staticDir: pathFromEnv(process.env.DOCS_STATIC_DIR) ?? site?.staticDir,
  };
}

/** A path typed on the command line or in the environment, resolved from where npm was started. */
export function fromStartDirectory(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

function pathFromEnv(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === "" ? undefined : fromStartDirectory(trimmed);
}
