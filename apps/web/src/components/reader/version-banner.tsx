import type { BookVersion } from "../../lib/api-types";
import { DocLink } from "../doc-link";

interface VersionBannerProps {
  bookTitle: string;
  /** The version of the page, whose banner (unreleased or unmaintained) is shown. */
  version: BookVersion;
  last: BookVersion;
  /** The same page in the last version when it has it, else the last version's home. */
  latestSlug: string;
}

/** Docusaurus's version banner, in its words: this version is not the one to rely on, and where that one is. */
export function VersionBanner({ bookTitle, version, last, latestSlug }: VersionBannerProps) {
  if (version.banner === null) return null;
  const label = <b>{version.label}</b>;
  return (
    <div
      className="admonition admonition-warning version-banner"
      role="note"
      aria-label="Version notice"
      data-testid="version-banner"
    >
      <p>
        {version.banner === "unreleased" ? (
          <>
            This is unreleased documentation for {bookTitle} {label} version.
          </>
        ) : (
          <>
            This is documentation for {bookTitle} {label}, which is no longer actively maintained.
          </>
        )}
      </p>
      <p>
        For up-to-date documentation, see the{" "}
        <b>
          <DocLink slug={latestSlug} anchor="">
            latest version
          </DocLink>
        </b>{" "}
        ({last.label}).
      </p>
    </div>
  );
}
