/**
 * Set while an action that ends the session (deleting the account) takes the reader to a page of
 * its own choosing. Better Auth refreshes the session the moment such a request succeeds, and the
 * signed-in layout would otherwise race that action to the sign-in page.
 */
let expected = false;

export async function whileSignOutExpected<T>(action: () => Promise<T>): Promise<T> {
  expected = true;
  try {
    return await action();
  } finally {
    expected = false;
  }
}

export function isSignOutExpected(): boolean {
  return expected;
}
