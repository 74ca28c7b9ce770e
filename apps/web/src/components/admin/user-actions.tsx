import { useId, useState } from "react";
import type { AdminUser } from "../../lib/api-types";
import { requestErrorMessage } from "../../lib/request-error";
import { trpc } from "../../trpc";
import { ConfirmDialog } from "../confirm-dialog";

interface UserActionsProps {
  user: AdminUser;
  /** The admin's own row: no demoting or banning oneself from here. */
  isSelf: boolean;
  onDone: (message: string) => void;
}

/** Role, ban and sign-out buttons for one user; each change refreshes the table and the numbers. */
export function UserActions({ user, isSelf, onDone }: UserActionsProps) {
  const utils = trpc.useUtils();
  const [banning, setBanning] = useState(false);
  const [reason, setReason] = useState("");
  const reasonId = useId();
  const refresh = async () => {
    await Promise.all([utils.admin.listUsers.invalidate(), utils.admin.stats.invalidate()]);
  };
  const options = (success: string) => ({
    onSuccess: async () => {
      await refresh();
      onDone(success);
    },
    onError: (error: unknown) => onDone(`Could not change ${user.email}: ${requestErrorMessage(error)}`),
  });
  const setRole = trpc.admin.setRole.useMutation(
    options(user.role === "admin" ? `${user.email} is a reader again.` : `${user.email} is now an admin.`),
  );
  const ban = trpc.admin.banUser.useMutation(options(`${user.email} is banned and signed out everywhere.`));
  const unban = trpc.admin.unbanUser.useMutation(options(`${user.email} can sign in again.`));
  const revoke = trpc.admin.revokeUserSessions.useMutation(options(`${user.email} is signed out everywhere.`));
  const busy = setRole.isPending || ban.isPending || unban.isPending || revoke.isPending;
  const who = <span className="visually-hidden"> {user.email}</span>;

  return (
    <div className="user-actions">
      {!isSelf && (
        <button
          type="button"
          aria-disabled={busy || undefined}
          onClick={() => !busy && setRole.mutate({ userId: user.id, role: user.role === "admin" ? "user" : "admin" })}
        >
          {user.role === "admin" ? "Make reader" : "Make admin"}
          {who}
        </button>
      )}
      {!isSelf &&
        (user.banned ? (
          <button
            type="button"
            aria-disabled={busy || undefined}
            onClick={() => !busy && unban.mutate({ userId: user.id })}
          >
            Unban{who}
          </button>
        ) : (
          <button
            type="button"
            className="button-danger-outline"
            aria-disabled={busy || undefined}
            onClick={() => setBanning(true)}
          >
            Ban…{who}
          </button>
        ))}
      <button
        type="button"
        aria-disabled={busy || undefined}
        onClick={() => !busy && revoke.mutate({ userId: user.id })}
      >
        Sign out everywhere{who}
      </button>
      <ConfirmDialog
        open={banning}
        title={`Ban ${user.email}?`}
        confirmLabel="Ban"
        danger
        pending={ban.isPending}
        onCancel={() => setBanning(false)}
        onConfirm={() =>
          ban.mutate({ userId: user.id, reason: reason.trim() || undefined }, { onSettled: () => setBanning(false) })
        }
      >
        <p>They will be signed out everywhere and cannot sign in until unbanned.</p>
        <div className="field">
          <label htmlFor={reasonId}>Reason (optional, shown to other admins)</label>
          <input
            id={reasonId}
            type="text"
            maxLength={200}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
      </ConfirmDialog>
    </div>
  );
}
