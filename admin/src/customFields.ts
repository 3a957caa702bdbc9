// The department's custom fields in the browser: GET /api/descriptions merged into the admin's copy of
// the registry (the same applyCustomFields as the server's), so that forms, record pages, lists, filters,
// the import dialog and the labels show them. Fetched once after sign-in, and again when an answer's
// X-Fields-Version says the fields changed or after the department saves one.
import type { DescriptionsAnswer } from "../../entities/api";
import { applyCustomFields } from "../../entities/customFields";
import { currentSession } from "./session";

let version: string | null = null;
/** The load under way, and the session it was asked in (admin/src/session.ts). */
let loading: { session: number; done: Promise<void> } | null = null;

/**
 * Fetches the merged descriptions and merges them into the registry: one request at a time per session. Asked
 * after a sign-in while the one asked before it (without a session, answered 401) is still out, it asks again
 * once that one is answered, rather than taking its answer.
 */
export function loadDescriptions(): Promise<void> {
  const session = currentSession();
  if (loading?.session === session) return loading.done;
  const before = loading?.done ?? Promise.resolve();
  const done = before
    .catch(() => undefined)
    .then(async () => {
      try {
        const res = await fetch("/api/descriptions");
        if (!res.ok || session !== currentSession()) {
          // Without a session (asked alongside /api/auth/me), or for a session that has ended: the answer is
          // read to its end all the same, as an answer left unread stays open in the browser.
          await res.arrayBuffer().catch(() => undefined);
          return;
        }
        const answer = (await res.json()) as DescriptionsAnswer;
        applyCustomFields(answer.customFields);
        version = answer.version;
      } finally {
        if (loading?.done === done) loading = null;
      }
    });
  loading = { session, done };
  return done;
}

/** An answer's X-Fields-Version: the fields are fetched again when it is not the version merged. */
export async function noteFieldsVersion(headers: Headers) {
  const seen = headers.get("X-Fields-Version");
  if (seen && version !== null && seen !== version) await loadDescriptions();
}

/** Signed out: the next sign-in fetches the fields again (another account may see other resources). */
export function forgetDescriptions() {
  version = null;
  applyCustomFields([]);
}
