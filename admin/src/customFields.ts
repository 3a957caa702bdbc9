// The department's custom fields in the browser: GET /api/descriptions merged into the admin's copy of
// the registry (the same applyCustomFields as the server's), so that forms, record pages, lists, filters,
// the import dialog and the labels show them. Fetched once after sign-in, and again when an answer's
// X-Fields-Version says the fields changed or after the department saves one.
import type { DescriptionsAnswer } from "../../entities/api";
import { applyCustomFields } from "../../entities/customFields";

let version: string | null = null;
let loading: Promise<void> | null = null;

/** Fetches the merged descriptions and merges them into the registry (one request at a time). */
export function loadDescriptions(): Promise<void> {
  loading ??= (async () => {
    try {
      const res = await fetch("/api/descriptions");
      if (!res.ok) {
        // Without a session (asked alongside /api/auth/me): the 401 is read to its end all the same, as an
        // answer left unread stays open in the browser.
        await res.arrayBuffer().catch(() => undefined);
        return;
      }
      const answer = (await res.json()) as DescriptionsAnswer;
      applyCustomFields(answer.customFields);
      version = answer.version;
    } finally {
      loading = null;
    }
  })();
  return loading;
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
