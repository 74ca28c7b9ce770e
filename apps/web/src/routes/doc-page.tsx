import { Link, useNavigate } from "@tanstack/react-router";
import { useCallback, useEffect, useRef, useState } from "react";
import { AskSelectionButton } from "../components/reader/ask-selection-button";
import { Breadcrumbs } from "../components/reader/breadcrumbs";
import { DocArticle } from "../components/reader/doc-article";
import { PageToc } from "../components/reader/page-toc";
import { PageTocDisclosure } from "../components/reader/page-toc-disclosure";
import { Pager } from "../components/reader/pager";
import { SelectionAnswerPanel } from "../components/reader/selection-answer-panel";
import { VersionBadge } from "../components/reader/version-badge";
import { VersionBanner } from "../components/reader/version-banner";
import { RequestErrorNotice } from "../components/request-error-notice";
import { useBook } from "../hooks/use-book";
import { useDocPage } from "../hooks/use-doc-page";
import { useDocSlug } from "../hooks/use-doc-slug";
import { useDocumentTitle } from "../hooks/use-document-title";
import { useFocusOnArrival } from "../hooks/use-focus-on-arrival";
import { useMediaQuery } from "../hooks/use-media-query";
import { useScrollToHash } from "../hooks/use-scroll-to-hash";
import { useTextSelection } from "../hooks/use-text-selection";
import type { BookInfo, DocumentPage } from "../lib/api-types";
import { lastVersion, slugInVersion, versionInput, versionRootHome } from "../lib/book-versions";
import { docPath } from "../lib/doc-links";
import { serverCode } from "../lib/request-error";

// From 75rem the page's contents stand beside it (reader.css's .doc-page grid); narrower, they fold above it.
const TOC_BESIDE = "(min-width: 75rem)";

/** One page of the book, with "Ask about this" for any text selected in it. */
export function DocPage() {
  const slug = useDocSlug();
  // A new page starts without the previous page's selection answer.
  return <DocPageContent key={slug} slug={slug} />;
}

function DocPageContent({ slug }: { slug: string }) {
  const page = useDocPage(slug);
  const articleRef = useRef<HTMLElement>(null);
  const selection = useTextSelection(articleRef);
  const [asked, setAsked] = useState<string | undefined>();
  const onAsk = useCallback((text: string) => setAsked(text), []);
  const onClose = () => {
    setAsked(undefined);
    articleRef.current?.focus({ preventScroll: true });
  };
  useDocumentTitle(page.data?.title ?? (page.isError ? "No such page" : "Documentation"));
  useScrollToHash(page.isSuccess);
  useFocusOnArrival(page.isSuccess, articleRef);
  const tocBeside = useMediaQuery(TOC_BESIDE);

  // A version without a root index page starts at its first page: /docs (or /docs/next) goes there.
  const book = useBook();
  const navigate = useNavigate();
  const missing = page.isError && serverCode(page.error) === "NOT_FOUND";
  const home = missing && book !== undefined ? versionRootHome(book, slug) : undefined;
  useEffect(() => {
    if (home !== undefined) void navigate({ to: docPath(home), replace: true });
  }, [home, navigate]);

  if (page.isPending) {
    return (
      <p className="muted" role="status">
        Loading the page…
      </p>
    );
  }
  if (page.isError) {
    if (serverCode(page.error) === "NOT_FOUND") {
      return (
        <section aria-labelledby="pw-doc-missing-heading">
          <h1 id="pw-doc-missing-heading">No such page</h1>
          <p>
            The documentation has no page at this address. Choose one from the contents, or{" "}
            <Link to="/">ask the assistant</Link>.
          </p>
        </section>
      );
    }
    return (
      <RequestErrorNotice
        what="Could not load this page"
        error={page.error}
        onRetry={() => void page.refetch()}
        retrying={page.isFetching}
      />
    );
  }

  const versions = book?.versions ?? [];
  return (
    <div className={asked === undefined ? "doc-page" : "doc-page doc-page-with-panel"}>
      <div className="doc-article-wrap">
        {book !== undefined && <PageVersionNotice book={book} page={page.data} />}
        <Breadcrumbs page={page.data} />
        {book !== undefined && <PageVersionBadge book={book} page={page.data} />}
        {!tocBeside && <PageTocDisclosure toc={page.data.toc} article={articleRef} />}
        <DocArticle html={page.data.html} articleRef={articleRef} />
        {/* Once asked, the button would only cover the answer it opened; a new selection brings it back. */}
        {selection && selection.text !== asked && <AskSelectionButton selection={selection} onAsk={onAsk} />}
        {page.data.editUrl !== null && (
          <p className="doc-edit-link">
            {/* The site's repository, another site: a new tab, and it learns nothing of the reader's page. */}
            <a href={page.data.editUrl} target="_blank" rel="noreferrer noopener">
              Edit this page<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </p>
        )}
        <p className="reader-hint muted">
          Select text, then choose <strong>Ask about this</strong> (or press Alt+A) to find related passages.
        </p>
        <Pager page={page.data} />
      </div>
      {asked !== undefined ? (
        <SelectionAnswerPanel
          text={asked}
          source={page.data.source}
          version={versionInput(versions, page.data.version)}
          onClose={onClose}
        />
      ) : (
        tocBeside && (
          <aside className="doc-page-toc">
            <PageToc toc={page.data.toc} article={articleRef} />
          </aside>
        )
      )}
    </div>
  );
}

interface PageVersionProps {
  book: BookInfo;
  page: DocumentPage;
}

/** The banner of the page's version, if it has one, pointing to this page in the last version. */
function PageVersionNotice({ book, page }: PageVersionProps) {
  // A site without versions has one, and shows none.
  if (book.versions.length < 2) return null;
  const version = book.versions.find((candidate) => candidate.name === page.version);
  const last = lastVersion(book.versions);
  if (version === undefined || last === undefined) return null;
  return <VersionBanner bookTitle={book.title} version={version} last={last} latestSlug={slugInVersion(page, last)} />;
}

/** "Version: 3.7.0" above the title, for versions whose pages carry a badge. */
function PageVersionBadge({ book, page }: PageVersionProps) {
  if (book.versions.length < 2) return null;
  const version = book.versions.find((candidate) => candidate.name === page.version);
  return version?.badge ? <VersionBadge label={version.label} /> : null;
}
