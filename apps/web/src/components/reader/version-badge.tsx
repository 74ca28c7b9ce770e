/** Docusaurus's version badge above a page's title, for versions that ask for one. */
export function VersionBadge({ label }: { label: string }) {
  return (
    <p className="version-badge" data-testid="version-badge">
      Version: {label}
    </p>
  );
}
