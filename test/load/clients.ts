// The load: concurrent sessions of `admin`, each making `ops` operations on a shared pool of
// enterprises, alternately a read and a versioned write (GET, then PUT with the version read).
// Every response is recorded: status and latency, and for writes and reads what they saw.

export type Rec = Record<string, unknown> & { id: number; version: number; remark: string | null; cityId: number };
export type Kind = "login" | "read" | "write" | "check";
/** One request; status 0 is a network error or a timeout. */
export interface Sample {
  kind: Kind;
  status: number;
  ms: number;
}
/** One PUT: the version it carried and, when acknowledged (200), the version it produced. */
export interface Write {
  client: number;
  instance: number;
  id: number;
  token: string;
  sent: number;
  status: number;
  got: number | null;
  start: number;
  end: number;
}
/** A record's version as a read saw it, with when the read started and ended. */
export interface Observation {
  id: number;
  version: number;
  start: number;
  end: number;
}
export interface Problem {
  status: number;
  request: string;
  message: string;
}
export interface Log {
  samples: Sample[];
  writes: Write[];
  reads: Observation[];
  problems: Problem[];
}

const REQUEST_TIMEOUT_MS = 30_000;
export const newLog = (): Log => ({ samples: [], writes: [], reads: [], problems: [] });
export const listQuery = (p: Record<string, unknown>) =>
  "?" +
  Object.entries(p)
    .map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`)
    .join("&");

/** A small seeded generator, so a run's choices can be repeated. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One logged-in session on one instance; every call is timed and recorded in the log. */
export class Session {
  constructor(
    readonly base: string,
    readonly cookie: string,
    readonly log: Log,
  ) {}

  async call<T = any>(kind: Kind, method: string, path: string, body?: unknown) {
    const start = performance.now();
    let status = 0;
    let data: T | null = null;
    let message = "";
    try {
      const res = await fetch(`${this.base}/api${path}`, {
        method,
        headers: {
          ...(this.cookie ? { Cookie: this.cookie } : {}),
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      status = res.status;
      const text = await res.text();
      try {
        data = text ? JSON.parse(text) : null;
      } catch {
        message = text.slice(0, 200);
      }
      if (!res.ok) message ||= String((data as { message?: string } | null)?.message ?? "");
    } catch (e) {
      message = e instanceof Error ? `${e.name}: ${e.message}${e.cause ? ` (${String(e.cause)})` : ""}` : String(e);
    }
    const end = performance.now();
    this.log.samples.push({ kind, status, ms: end - start });
    // Anything but success and the expected stale-version conflict is kept (a few) for the report.
    if ((status < 200 || status >= 300) && status !== 409 && this.log.problems.length < 50)
      this.log.problems.push({ status, request: `${method} ${path.slice(0, 80)} (${this.base})`, message });
    return { status, data, start, end };
  }
}

/** Logs in as `username`, trying up to three times (each answer is recorded). */
export async function login(base: string, username: string, password: string, log: Log): Promise<Session> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const start = performance.now();
    const res = await fetch(`${base}/api/auth/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ username, password }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    }).catch(() => null);
    log.samples.push({ kind: "login", status: res?.status ?? 0, ms: performance.now() - start });
    if (res?.ok) return new Session(base, res.headers.get("set-cookie")!.split(";")[0], log);
    const text = (await res?.text().catch(() => "")) ?? "network error";
    log.problems.push({ status: res?.status ?? 0, request: `POST /auth/login (${base})`, message: text.slice(0, 200) });
  }
  throw new Error(`无法以 ${username} 登录 ${base}`);
}

/** Reads one record, noting the version it saw. */
async function getOne(s: Session, id: number): Promise<Rec | null> {
  const r = await s.call<Rec>("read", "GET", `/enterprises/${id}`);
  if (r.status !== 200 || !r.data) return null;
  s.log.reads.push({ id, version: r.data.version, start: r.start, end: r.end });
  return r.data;
}

/** Reads a list page, noting the versions of the pool's records in it. */
async function getList(s: Session, query: Record<string, unknown>, pool: Set<number>) {
  const r = await s.call<Rec[]>("read", "GET", `/enterprises${listQuery(query)}`);
  for (const row of r.status === 200 ? (r.data ?? []) : [])
    if (pool.has(row.id)) s.log.reads.push({ id: row.id, version: row.version, start: r.start, end: r.end });
}

/**
 * One client: `ops` operations on random records of the pool, even ones reads (the record, or every
 * 4th a list page: the pool by ids, or the record's city by name), odd ones writes: GET, then PUT the
 * record as read with a new `remark` token and the version read.
 */
export async function runClient(
  s: Session,
  client: number,
  instance: number,
  ops: number,
  pool: number[],
  deadline: number,
) {
  const rng = mulberry32(client + 1);
  const poolSet = new Set(pool);
  let op = 0;
  for (; op < ops && Date.now() < deadline; op++) {
    const id = pool[Math.floor(rng() * pool.length)];
    if (op % 2 === 0) {
      if (op % 8 === 0)
        await getList(s, { filter: { id: pool }, sort: ["id", "ASC"], range: [0, pool.length - 1] }, poolSet);
      else if (op % 8 === 4)
        await getList(s, { filter: { cityId: 1 + (id % 17) }, sort: ["name", "ASC"], range: [0, 24] }, poolSet);
      else await getOne(s, id);
      continue;
    }
    const record = await getOne(s, id);
    if (!record) continue;
    const token = `c${client}-op${op}`;
    const r = await s.call<Rec>("write", "PUT", `/enterprises/${id}`, { ...record, remark: token });
    s.log.writes.push({
      client,
      instance,
      id,
      token,
      sent: record.version,
      status: r.status,
      got: r.status === 200 ? (r.data?.version ?? null) : null,
      start: r.start,
      end: r.end,
    });
  }
  return op; // the operations done before the deadline
}

/** Runs `fn` over `items` with at most `limit` at a time. */
export async function inBatches<T, R>(items: T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
