import type { SocialProviderId } from "@pagewise/auth/client";
import { useState } from "react";
import { authClient } from "../auth-client";
import { useSocialProviders } from "../hooks/use-social-providers";
import { authRequest } from "../lib/auth-request";
import { FormError } from "./form-notice";

const PROVIDER_NAMES: Record<SocialProviderId, string> = { github: "GitHub", google: "Google" };

interface SocialSignInProps {
  /** Where to land after the provider sends the reader back (a same-site path). */
  redirect: string;
  /** Where Better Auth sends the reader, with ?error=…, when the provider's answer is refused. */
  errorPage: string;
}

/**
 * One button per provider the server has credentials for, and nothing at all when there are none
 * or the list cannot be fetched: the email form works either way, so there is nothing to report.
 */
export function SocialSignIn({ redirect, errorPage }: SocialSignInProps) {
  const providers = useSocialProviders();
  const [pending, setPending] = useState<SocialProviderId | undefined>();
  const [failure, setFailure] = useState<string | undefined>();

  if (!providers.data || providers.data.length === 0) return null;

  const signInWith = async (provider: SocialProviderId) => {
    if (pending) return;
    setPending(provider);
    setFailure(undefined);
    // On success the client sets window.location to the provider's page, so we stay pending.
    const result = await authRequest((hook) =>
      authClient.signIn.social({ provider, callbackURL: redirect, errorCallbackURL: errorPage }, hook),
    );
    if (!result.ok) {
      setPending(undefined);
      setFailure(result.failure.message);
    }
  };

  return (
    <div className="social-sign-in">
      <p className="divider">
        <span>or</span>
      </p>
      {failure && <FormError>{failure}</FormError>}
      <ul className="social-buttons">
        {providers.data.map((provider) => (
          <li key={provider}>
            <button
              type="button"
              aria-disabled={pending !== undefined || undefined}
              onClick={() => void signInWith(provider)}
            >
              {pending === provider
                ? `Going to ${PROVIDER_NAMES[provider]}…`
                : `Continue with ${PROVIDER_NAMES[provider]}`}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
