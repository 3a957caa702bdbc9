// Which sign-in this tab is in: a number that moves on at every sign-in and sign-out. A request remembers the
// one it was sent in, so that an answer to an earlier session is not taken for the current one's: a 401 to
// the last user's query arriving after the next user signed in in the same tab does not sign them out, and
// the descriptions asked before a sign-in are not the ones the signed-in user works with.
let current = 0;

/** The session requests are sent in now. */
export const currentSession = () => current;

/** A sign-in or sign-out happened: requests sent before it belong to the session that ended. */
export const nextSession = () => {
  current++;
};

/** `call`, with an error it throws marked with the session it was sent in (read by `ofCurrentSession`). */
export async function inSession<T>(call: () => Promise<T>): Promise<T> {
  const session = current;
  try {
    return await call();
  } catch (error) {
    if (error && typeof error === "object") Object.assign(error, { session });
    throw error;
  }
}

/** Whether an error answers a request of the current session (one not marked is taken as current). */
export const ofCurrentSession = (error: { session?: number }) => (error.session ?? current) === current;
