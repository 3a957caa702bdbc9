// The server's two ways to mark 站内消息 read (only the user's own: another's is a 404).
import type { Identifier } from "react-admin";
import { API_URL, fetchJson } from "../dataProvider";

export const markNoticeRead = (id: Identifier) => fetchJson(`${API_URL}/notices/${id}/read`, { method: "POST" });

export const markAllNoticesRead = async (): Promise<{ count: number }> =>
  (await fetchJson(`${API_URL}/notices/read-all`, { method: "POST" })).json;

/** A notice's link is a hash route of this admin (#/registrations/5/show): the path the router takes. */
export const routeOf = (link: unknown) => (typeof link === "string" && link.startsWith("#/") ? link.slice(1) : null);
