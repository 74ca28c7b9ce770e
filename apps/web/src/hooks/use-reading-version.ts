import { useMemo } from "react";
import type { BookVersion } from "../lib/api-types";
import { type VersionInput, versionInput, versionOfSlug } from "../lib/book-versions";
import { readingVersionName } from "../lib/reading-version";
import { useBook } from "./use-book";
import { useReaderSlug } from "./use-reader-slug";

export interface ReadingVersion {
  /** False until the book (with its versions) has arrived: asking before then would name the wrong version. */
  known: boolean;
  /** The site's versions in menu order; fewer than two means the reader shows no version at all. */
  versions: readonly BookVersion[];
  /**
   * In the reader, the version of the page at the URL; elsewhere, the one last read in this tab;
   * undefined when neither (the server then answers from the last version).
   */
  version: BookVersion | undefined;
  /** What versioned procedures are sent (see versionInput): stable while the version is. */
  input: VersionInput;
}

const NO_VERSIONS: readonly BookVersion[] = [];

/** The version of the docs being read, for the sidebar, quick search and the assistant. */
export function useReadingVersion(): ReadingVersion {
  const book = useBook();
  const slug = useReaderSlug();
  const versions = book?.versions ?? NO_VERSIONS;
  const version =
    slug !== undefined
      ? versionOfSlug(versions, slug)
      : versions.find((candidate) => candidate.name === readingVersionName());
  const name = version?.name;
  const input = useMemo(() => versionInput(versions, name), [versions, name]);
  return { known: book !== undefined, versions, version, input };
}
