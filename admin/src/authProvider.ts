// Session-cookie login against /api/auth; permissions are the server's own access map, used only to hide.
import { HttpError, type AuthProvider } from "react-admin";
import type { LoginRequest, Me, OkAnswer, PasswordChangeRequest } from "../../entities/api";
import { API_URL } from "./dataProvider";
import { chooseRound } from "./rounds/chosenRound";

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

const whoAmI = () => (me ??= call<Me>("me").catch(() => null));

export const authProvider: AuthProvider = {
  async login({ username, password }) {
    // A new login starts from the current round (培育批次), whatever the last user chose.
    chooseRound(null);
    me = Promise.resolve(await call<Me>("login", { username, password } satisfies LoginRequest));
  },
  async logout() {
    await call<OkAnswer>("logout", {}).catch(() => undefined);
    me = null;
  },
  async checkAuth() {
    if (!(await whoAmI())) {
      me = null;
      throw new Error("ra.auth.auth_check_error");
    }
  },
  async checkError(error) {
    if (error?.status === 401) {
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
  me = Promise.resolve(answer);
};

/** POST /api/auth/password: the user's own password change. */
export const changePassword = (currentPassword: string, newPassword: string) =>
  call<OkAnswer>("password", { currentPassword, newPassword } satisfies PasswordChangeRequest);
