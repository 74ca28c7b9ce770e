/**
 * The consent rule, as the original system stated it: background information
 * (software and hardware) is stored only while the reader has given consent.
 */
export const CONSENT_POLICY_VERSION = "2026-11-01";

export const CONSENT_REQUIRED_MESSAGE = "Consent must be given to store background information";
