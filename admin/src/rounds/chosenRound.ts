// The round (培育批次) the app bar has chosen: every request of the API names it as `roundId` (lists, records,
// figures, reports, exports and downloads), so each page is of that round. None chosen: the server's
// current round. Kept per browser; a new login starts from the current round.
const KEY = "giants.roundId";

let chosen: number | null = (() => {
  try {
    const v = Number(localStorage.getItem(KEY));
    return Number.isInteger(v) && v > 0 ? v : null;
  } catch {
    return null;
  }
})();

export const chosenRoundId = () => chosen;

const listeners = new Set<() => void>();
/** For useSyncExternalStore: what re-renders when the choice changes. */
export function onRoundChosen(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function chooseRound(id: number | null) {
  chosen = id;
  listeners.forEach((l) => l());
  try {
    if (id === null) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, String(id));
  } catch {
    // Private windows may refuse storage: the choice then lasts until the page is reloaded.
  }
}

/**
 * `url` with the chosen round as `roundId` (unless it names one): not for signing in, nor for the rounds
 * themselves (their list must answer even when the chosen round has since been deleted).
 */
export function withRound(url: string): string {
  if (chosen === null || /\/api\/(auth|rounds)(\/|\?|$)/.test(url) || /[?&]roundId=/.test(url)) return url;
  return `${url}${url.includes("?") ? "&" : "?"}roundId=${chosen}`;
}
