import { type FormEvent, useEffect, useRef, useState } from "react";
import { ConfirmDialog } from "../components/confirm-dialog";
import { FormError } from "../components/form-notice";
import { BackgroundFieldset } from "../components/profile/background-fieldset";
import { ConsentField } from "../components/profile/consent-field";
import { RequestErrorNotice } from "../components/request-error-notice";
import { SubmitButton } from "../components/submit-button";
import { useDocumentTitle } from "../hooks/use-document-title";
import type { AnswerStyle, AskedBackground, Profile } from "../lib/api-types";
import { formValuesFrom, type ProfileFormValues, profileFormErrors, upsertInputFrom } from "../lib/profile-form";
import { requestErrorMessage } from "../lib/request-error";
import { trpc } from "../trpc";

export function ProfilePage() {
  useDocumentTitle("Your profile");
  const profile = trpc.profile.get.useQuery(undefined, { retry: 1 });
  // What the site asks about (PROFILE_BACKGROUNDS): its configuration, fixed until a restart.
  const backgrounds = trpc.profile.backgrounds.useQuery(undefined, {
    staleTime: Number.POSITIVE_INFINITY,
    retry: 1,
  });

  return (
    <section className="form-page" aria-labelledby="pw-profile-heading">
      <h1 id="pw-profile-heading">Your profile</h1>
      <p className="lead">Tell the assistant what you know, so its answers start at the right level.</p>
      {profile.isError || backgrounds.isError ? (
        <RequestErrorNotice
          what="Could not load your profile"
          error={profile.error ?? backgrounds.error}
          onRetry={() => {
            if (profile.isError) void profile.refetch();
            if (backgrounds.isError) void backgrounds.refetch();
          }}
          retrying={profile.isFetching || backgrounds.isFetching}
        />
      ) : profile.isPending || backgrounds.isPending ? (
        <p className="muted" role="status">
          Loading your profile…
        </p>
      ) : (
        <ProfileForm saved={profile.data} asked={backgrounds.data} />
      )}
    </section>
  );
}

type Outcome = { kind: "saved" } | { kind: "erased" } | { kind: "failed"; message: string } | undefined;

function ProfileForm({ saved, asked }: { saved: Profile; asked: readonly AskedBackground[] }) {
  const utils = trpc.useUtils();
  const upsert = trpc.profile.upsert.useMutation({
    onSuccess: (profile) => utils.profile.get.setData(undefined, profile),
  });
  const [values, setValues] = useState<ProfileFormValues>(() => formValuesFrom(saved));
  const [submitted, setSubmitted] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [confirmingWithdrawal, setConfirmingWithdrawal] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const askedNames = asked.map(({ background }) => background);
  const errors = submitted ? profileFormErrors(values, askedNames) : {};

  // After a refused submit, focus the first field in error, in the order the reader sees them
  // (the errors are on screen only after the render the submit caused, hence an effect).
  useEffect(() => {
    if (focusRequest > 0) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [focusRequest]);

  const change = (update: Partial<ProfileFormValues>) => {
    setValues((current) => ({ ...current, ...update }));
    setOutcome(undefined);
  };

  const onConsentChange = (checked: boolean) => {
    // Unticking a consent the server holds erases data: ask first, and only then erase.
    if (!checked && saved.consentGiven) setConfirmingWithdrawal(true);
    else change({ consentGiven: checked });
  };

  const withdraw = () => {
    upsert.mutate(
      { consentGiven: false, preferences: { answerStyle: values.answerStyle } },
      {
        onSuccess: (profile) => {
          setValues(formValuesFrom(profile));
          setSubmitted(false);
          setOutcome({ kind: "erased" });
        },
        onError: (error) => setOutcome({ kind: "failed", message: requestErrorMessage(error) }),
        onSettled: () => setConfirmingWithdrawal(false),
      },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upsert.isPending) return;
    setSubmitted(true);
    const found = profileFormErrors(values, askedNames);
    if (Object.keys(found).length > 0) {
      setOutcome(undefined);
      setFocusRequest((count) => count + 1);
      return;
    }
    upsert.mutate(upsertInputFrom(values, askedNames), {
      onSuccess: (profile) => {
        setValues(formValuesFrom(profile));
        setOutcome({ kind: "saved" });
      },
      // The server's own words, e.g. "Consent must be given to store background information".
      onError: (error) => setOutcome({ kind: "failed", message: requestErrorMessage(error) }),
    });
  };

  return (
    <form ref={formRef} className="profile-form" noValidate onSubmit={onSubmit} aria-busy={upsert.isPending}>
      {submitted && Object.keys(errors).length > 0 && (
        <FormError>Some answers need another look: see the messages below.</FormError>
      )}
      {asked.map((background) => (
        <BackgroundFieldset
          key={background.background}
          asked={background}
          values={values}
          errors={errors}
          onChange={change}
        />
      ))}
      <fieldset className="form-section">
        <legend>Answer style</legend>
        <AnswerStyleChoice value={values.answerStyle} onChange={(answerStyle) => change({ answerStyle })} />
      </fieldset>
      <ConsentField
        checked={values.consentGiven}
        error={errors.consentGiven}
        consent={saved.consent}
        onChange={onConsentChange}
      />
      <div aria-live="polite">
        {outcome?.kind === "saved" && (
          <p className="notice notice-ok" data-testid="profile-outcome">
            Your profile is saved.
          </p>
        )}
        {outcome?.kind === "erased" && (
          <p className="notice notice-ok" data-testid="profile-outcome">
            Consent withdrawn: your background has been erased.
          </p>
        )}
      </div>
      {outcome?.kind === "failed" && <FormError>{outcome.message}</FormError>}
      <SubmitButton pending={upsert.isPending && !confirmingWithdrawal} pendingLabel="Saving…">
        Save profile
      </SubmitButton>
      <ConfirmDialog
        open={confirmingWithdrawal}
        title="Withdraw your consent?"
        confirmLabel="Withdraw and erase"
        danger
        pending={upsert.isPending}
        onConfirm={withdraw}
        onCancel={() => setConfirmingWithdrawal(false)}
      >
        <p>
          Your background will be <strong>erased now</strong>, and the assistant will stop using it. Your answer style
          is kept. You can enter your background again later if you give consent again.
        </p>
      </ConfirmDialog>
    </form>
  );
}

const STYLES: readonly { value: AnswerStyle; label: string; hint: string }[] = [
  { value: "concise", label: "Concise", hint: "Short answers that get to the point." },
  { value: "detailed", label: "Detailed", hint: "Longer answers with more context." },
];

function AnswerStyleChoice({ value, onChange }: { value: AnswerStyle; onChange: (value: AnswerStyle) => void }) {
  return (
    <div className="radio-group">
      {STYLES.map((style) => (
        <label key={style.value} className="radio-option">
          <input
            type="radio"
            name="answerStyle"
            value={style.value}
            checked={value === style.value}
            onChange={() => onChange(style.value)}
          />
          <span>
            <span className="radio-label">{style.label}</span> <span className="field-hint">{style.hint}</span>
          </span>
        </label>
      ))}
    </div>
  );
}
