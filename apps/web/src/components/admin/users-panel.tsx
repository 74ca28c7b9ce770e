import { useId, useState } from "react";
import { useDebouncedValue } from "../../hooks/use-debounced-value";
import { trpc } from "../../trpc";
import { RequestErrorNotice } from "../request-error-notice";
import { UserActions } from "./user-actions";

const PAGE_SIZE = 20;

/** Every account, newest first: search by name or email, page through, and act on one. */
export function UsersPanel({ selfId }: { selfId: string }) {
  const searchId = useId();
  const [search, setSearch] = useState("");
  const [offset, setOffset] = useState(0);
  const [message, setMessage] = useState<string | undefined>();
  const settledSearch = useDebouncedValue(search.trim(), 300);
  const users = trpc.admin.listUsers.useQuery(
    { search: settledSearch || undefined, limit: PAGE_SIZE, offset },
    // The previous page stays on screen while the next one loads, so the table does not jump.
    { placeholderData: (previous) => previous, retry: 1 },
  );

  const data = users.data;
  const from = data && data.total > 0 ? data.offset + 1 : 0;
  const to = data ? data.offset + data.users.length : 0;

  return (
    <section className="panel" aria-labelledby="pw-users-heading">
      <h2 id="pw-users-heading">Users</h2>
      <div className="field">
        <label htmlFor={searchId}>Search by name or email</label>
        <input
          id={searchId}
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setOffset(0);
          }}
        />
      </div>
      <p className="muted" aria-live="polite">
        {message}
      </p>
      {users.isError && !data ? (
        <RequestErrorNotice
          what="Could not load the users"
          error={users.error}
          onRetry={() => void users.refetch()}
          retrying={users.isFetching}
        />
      ) : !data ? (
        <p className="muted" role="status">
          Loading users…
        </p>
      ) : data.users.length === 0 ? (
        <p>No users match “{settledSearch}”.</p>
      ) : (
        <>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable table must be reachable by keyboard */}
          <section className="table-scroll" tabIndex={0} aria-label="Users table">
            <table className="users-table" aria-busy={users.isFetching}>
              <thead>
                <tr>
                  <th scope="col">User</th>
                  <th scope="col">Role</th>
                  <th scope="col">Status</th>
                  <th scope="col">Joined</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {data.users.map((user) => (
                  <tr key={user.id} data-testid="user-row" data-email={user.email}>
                    <td>
                      <span className="user-name">{user.name}</span>
                      <br />
                      <span className="muted">{user.email}</span>
                    </td>
                    <td>{user.role === "admin" ? "Admin" : "Reader"}</td>
                    <td data-testid="user-status">
                      {user.banned ? (
                        <span className="status status-down">Banned{user.banReason ? `: ${user.banReason}` : ""}</span>
                      ) : (
                        "Active"
                      )}
                    </td>
                    <td>
                      <time dateTime={new Date(user.createdAt).toISOString()}>
                        {new Date(user.createdAt).toLocaleDateString()}
                      </time>
                    </td>
                    <td>
                      <UserActions user={user} isSelf={user.id === selfId} onDone={setMessage} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <nav className="pagination" aria-label="Pages of users">
            <button
              type="button"
              disabled={data.offset === 0}
              onClick={() => setOffset(Math.max(0, data.offset - PAGE_SIZE))}
            >
              Previous
            </button>
            <span>
              {from}–{to} of {data.total}
            </span>
            <button type="button" disabled={to >= data.total} onClick={() => setOffset(data.offset + PAGE_SIZE)}>
              Next
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
