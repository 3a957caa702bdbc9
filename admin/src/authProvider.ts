// Session-cookie login against /api/auth; permissions are the server's own access map, used only to hide.
import { HttpError, type AuthProvider } from "react-admin";
import type { LoginRequest, Me, OkAnswer, PasswordChangeRequest } from "../../entities/api";
import { API_URL } from "./dataProvider";
import { chooseRound } from "./rounds/chosenRound";
import { forgetDescriptions, loadDescriptions } from "./customFields";
import { currentSession, nextSession, ofCurrentSession } from "./session";

/** What /api/auth/me answers (described in entities/api.ts): the user and their access per resource. */
export type Permissions = Me;

let me: Promise<Permissions | null> | null = null;

async function call<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${API_URL}/auth/${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) throw new HttpError(json.message ?? res.statusText, res.status, json);
  return json;
}

/**
 * Who is signed in; with a session, the custom fields are merged into the descriptions before any view renders.
 * Both asked at once (without a session the descriptions' 401 is ignored, and they are fetched at login).
 */
const whoAmI = () =>
  (me ??= Promise.all([call<Me>("me"), loadDescriptions()])
    .then(([answer]) => answer)
    .catch(() => null));

export const authProvider: AuthProvider = {
  async login({ username, password }) {
    // A new login starts from the current round (培育批次), whatever the last user chose.
    chooseRound(null);
    const answer = await call<Me>("login", { username, password } satisfies LoginRequest);
    nextSession();
    await loadDescriptions();
    me = Promise.resolve(answer);
  },
  async logout() {
    await call<OkAnswer>("logout", {}).catch(() => undefined);
    nextSession();
    me = null;
    forgetDescriptions();
  },
  async checkAuth(params): Promise<void> {
    const session = currentSession();
    const answer = await whoAmI();
    // Signed in or out while it was asked (the login page's check, answered after the login): ask again.
    if (session !== currentSession()) return authProvider.checkAuth(params);
    if (!answer) {
      me = null;
      throw new Error("ra.auth.auth_check_error");
    }
  },
  async checkError(error) {
    // A 401 to a request of an earlier session (the last user's, answered after this one signed in) is not ours.
    if (error?.status === 401 && ofCurrentSession(error)) {
      me = null;
      throw new Error("ra.auth.auth_check_error");
    }
  },
  async getIdentity() {
    const p = await whoAmI();
    if (!p) throw new Error("ra.auth.auth_check_error");
    return { id: p.user.id, fullName: `${p.user.displayName}（${p.user.username}）` };
  },
  getPermissions: () => whoAmI(),
};

/** Signed in another way than the login form (an accepted invitation): the answer is who we are now. */
export const signedIn = (answer: Permissions) => {
  nextSession();
  me = loadDescriptions().then(() => answer);
};

/** POST /api/auth/password: the user's own password change. */
export const changePassword = (currentPassword: string, newPassword: string) =>
  call<OkAnswer>("password", { currentPassword, newPassword } satisfies PasswordChangeRequest);
