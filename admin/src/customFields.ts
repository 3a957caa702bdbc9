// The department's custom fields in the browser: GET /api/descriptions, fetched once after sign-in, and again
// when an answer's X-Fields-Version says the fields changed or after the department saves one. The answer is
// kept here, on the first screen; descriptions.ts, which comes with the views (the admin's copy of the
// registry), merges it into the descriptions with the same applyCustomFields as the server's, at once if the
// descriptions are there, else as soon as they load, so that forms, record pages, lists, filters, the import
// dialog and the labels show them.
import type { CustomFieldRecord, DescriptionsAnswer } from "../../entities/api";
import { currentSession } from "./session";

let version: string | null = null;
/** The load under way, and the session it was asked in (admin/src/session.ts). */
let loading: { session: number; done: Promise<void> } | null = null;
let fields: readonly CustomFieldRecord[] = [];
let merge: ((list: readonly CustomFieldRecord[]) => void) | null = null;

/** descriptions.ts: how the custom fields are merged, now and after every answer. */
export function mergeCustomFieldsWith(apply: (list: readonly CustomFieldRecord[]) => void) {
  merge = apply;
  apply(fields);
}

/**
 * Fetches the custom fields and has them merged (descriptions.ts): one request at a time per session. Asked
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
        fields = answer.customFields;
        merge?.(fields);
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
  fields = [];
  merge?.(fields);
}
