// The figures of a run, and the checks on its recorded history: no server error, no lost update,
// no stale write applied, no spurious conflict, acknowledged writes in real-time order, no stale read,
// and an audit entry for exactly the acknowledged writes.
import type { Log, Rec, Write } from "./clients";

export interface Check {
  name: string;
  pass: boolean;
  detail: string;
}
export interface Figures {
  requests: number;
  seconds: number;
  throughput: number;
  readP50: number;
  readP95: number;
  writeP50: number;
  writeP95: number;
  writesOk: number;
  conflicts: number;
  other4xx: number;
  errors5xx: number;
  networkErrors: number;
}
/** An audit entry of an update to an enterprise (as GET /api/auditLogs answers it). */
export interface AuditEntry {
  id: number;
  recordIds: number[];
  changes: { id: number; field: string; before: string | null; after: string | null }[];
}

/** Nearest-rank percentile, rounded to 0.1 ms. */
const percentile = (xs: number[], p: number) => {
  if (!xs.length) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
};

export function figures(log: Log, ms: number): Figures {
  const load = log.samples.filter((s) => s.kind === "read" || s.kind === "write");
  const ms_ = (kind: string) => load.filter((s) => s.kind === kind).map((s) => s.ms);
  const puts = log.writes;
  return {
    requests: load.length,
    seconds: Math.round(ms / 100) / 10,
    throughput: Math.round(load.length / (ms / 1000)),
    readP50: percentile(ms_("read"), 50),
    readP95: percentile(ms_("read"), 95),
    writeP50: percentile(ms_("write"), 50),
    writeP95: percentile(ms_("write"), 95),
    writesOk: puts.filter((w) => w.status === 200).length,
    conflicts: log.samples.filter((s) => s.status === 409).length,
    other4xx: log.samples.filter((s) => s.status >= 400 && s.status < 500 && s.status !== 409).length,
    // Every request counts here, the logins and the checks' reads too.
    errors5xx: log.samples.filter((s) => s.status >= 500).length,
    networkErrors: log.samples.filter((s) => s.status === 0).length,
  };
}

const check = (name: string, problems: string[], ok: string): Check => ({
  name,
  pass: problems.length === 0,
  detail: problems.length
    ? `${problems.length} 处：${problems.slice(0, 5).join("；")}${problems.length > 5 ? " …" : ""}`
    : ok,
});

/** Groups by a key. */
const groupBy = <T, K>(xs: T[], key: (x: T) => K) => {
  const m = new Map<K, T[]>();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
};

/**
 * The history checks. `initial` is every pool record before the load, `finals` the same records read
 * afterwards from each instance. Returns the checks and the number of lost updates.
 */
export function historyChecks(log: Log, initial: Map<number, Rec>, finals: Map<number, Rec>[]) {
  const acks = log.writes.filter((w) => w.status === 200);
  const byRecord = groupBy(acks, (w) => w.id);
  const lost: string[] = [],
    staleApplied: string[] = [],
    unacknowledged: string[] = [],
    jumps: string[] = [],
    disagree: string[] = [];
  for (const [id, before] of initial) {
    const final = finals[0].get(id)!;
    for (const [i, other] of finals.entries())
      if (other.get(id)?.version !== final.version || other.get(id)?.remark !== final.remark)
        disagree.push(`#${id} 实例 0 与实例 ${i} 读到的最终记录不同`);
    const mine = byRecord.get(id) ?? [];
    for (const w of mine) if (w.got !== w.sent + 1) jumps.push(`#${id} ${w.token} 带版本 ${w.sent}，返回版本 ${w.got}`);
    // Every increment from the initial to the final version is exactly one acknowledged write.
    const got = groupBy(mine, (w) => w.got);
    for (const [v, ws] of got) {
      if (ws.length > 1)
        lost.push(`#${id} 版本 ${v} 被 ${ws.length} 次确认写入（${ws.map((w) => w.token).join("、")}）`);
      if (v === null || v <= before.version || v > final.version)
        lost.push(`#${id} ${ws[0].token} 确认的版本 ${v} 不在 ${before.version + 1}…${final.version} 内`);
    }
    for (let v = before.version + 1; v <= final.version; v++)
      if (!got.has(v)) unacknowledged.push(`#${id} 版本 ${v} 没有对应的确认写入`);
    const last = mine.reduce<Write | null>((a, w) => (!a || (w.got ?? 0) > (a.got ?? 0) ? w : a), null);
    const expected = last ? last.token : before.remark;
    if (final.remark !== expected) lost.push(`#${id} 最终备注为“${final.remark}”，应为最后确认的写入“${expected}”`);
    // Two acknowledged writes that carried the same version: the second was stale.
    for (const [v, ws] of groupBy(mine, (w) => w.sent))
      if (ws.length > 1) staleApplied.push(`#${id} ${ws.length} 次确认写入都带版本 ${v}`);
  }
  return {
    lost: lost.length,
    checks: [
      check(
        "无丢失更新（版本连续、逐一对应确认写入、最终备注为最后写入）",
        [...lost, ...unacknowledged, ...jumps, ...disagree],
        `${initial.size} 条记录，${acks.length} 次确认写入，版本序列完整`,
      ),
      check("无过期写入被应用（同一记录无两次确认写入带同一版本）", staleApplied, "每个版本至多一次确认写入"),
      spurious409(log.writes, acks),
      realTimeOrder(byRecord),
      staleReads(log, byRecord),
    ],
  };
}

/** A 409 is right only if another acknowledged write had already moved the record past the version it carried. */
function spurious409(writes: Write[], acks: Write[]): Check {
  const conflicts = writes.filter((w) => w.status === 409);
  const winner = (w: Write) => acks.find((a) => a.id === w.id && a.sent === w.sent && a.start < w.end);
  const problems = conflicts.filter((w) => !winner(w)).map((w) => `#${w.id} ${w.token} 带版本 ${w.sent} 却得到 409`);
  const across = conflicts.filter((w) => winner(w) && winner(w)!.instance !== w.instance).length;
  return check(
    "409 均有依据（同一版本已被另一确认写入占用）",
    problems,
    `${conflicts.length} 次 409 全部有依据${writes.some((w) => w.instance > 0) ? `（其中 ${across} 次由另一实例的写入造成）` : ""}`,
  );
}

/** A write acknowledged before another one started has the lower version. */
function realTimeOrder(byRecord: Map<number, Write[]>): Check {
  const problems: string[] = [];
  for (const [id, ws] of byRecord) {
    let latestStart: Write | null = null;
    for (const w of [...ws].sort((a, b) => a.got! - b.got!)) {
      if (latestStart && w.end < latestStart.start)
        problems.push(
          `#${id} ${w.token}（版本 ${w.got}）在 ${latestStart.token}（版本 ${latestStart.got}）开始前已确认`,
        );
      if (!latestStart || w.start > latestStart.start) latestStart = w;
    }
  }
  return check("确认写入的版本顺序与时间顺序一致", problems, "无倒序");
}

/** A read that started after a write was acknowledged sees at least that write's version (on either instance). */
function staleReads(log: Log, byRecord: Map<number, Write[]>): Check {
  const problems: string[] = [];
  const ended = new Map([...byRecord].map(([id, ws]) => [id, [...ws].sort((a, b) => a.end - b.end)]));
  for (const r of log.reads) {
    const ws = ended.get(r.id) ?? [];
    let newest = 0;
    for (const w of ws) {
      if (w.end >= r.start) break;
      newest = Math.max(newest, w.got!);
    }
    if (r.version < newest) problems.push(`#${r.id} 读到版本 ${r.version}，此前已确认版本 ${newest}`);
  }
  return check("无过期读取（确认后开始的读取看到该写入）", problems, `${log.reads.length} 次读取均不早于已确认的写入`);
}

/**
 * The audit log has one update entry per acknowledged write, whose 备注 goes from the previous
 * version's remark to the write's token, and none for a write answered 409.
 */
export function auditCheck(entries: AuditEntry[], log: Log, initial: Map<number, Rec>): Check {
  const remarkChanges = new Map<string, { before: string | null; id: number }[]>();
  for (const e of entries)
    for (const c of e.changes)
      if (c.field === "备注" && initial.has(c.id) && c.after)
        remarkChanges.set(c.after, [...(remarkChanges.get(c.after) ?? []), { before: c.before, id: c.id }]);
  const acks = log.writes.filter((w) => w.status === 200);
  const tokenOf = new Map(acks.map((w) => [`${w.id}:${w.got}`, w.token]));
  const problems: string[] = [];
  for (const w of acks) {
    const found = remarkChanges.get(w.token) ?? [];
    if (found.length !== 1) problems.push(`${w.token} 有 ${found.length} 条修改记录`);
    const previous =
      tokenOf.get(`${w.id}:${w.got! - 1}`) ??
      (w.got! - 1 === initial.get(w.id)!.version ? initial.get(w.id)!.remark || null : undefined);
    if (found.length === 1 && previous !== undefined && found[0].before !== previous)
      problems.push(`${w.token} 的修改前为“${found[0].before}”，应为“${previous}”`);
  }
  for (const w of log.writes)
    if (w.status === 409 && remarkChanges.has(w.token)) problems.push(`被拒绝（409）的 ${w.token} 出现在操作日志中`);
  const known = new Set(log.writes.map((w) => w.token));
  for (const t of remarkChanges.keys()) if (!known.has(t)) problems.push(`操作日志中有未知的备注“${t}”`);
  return check("操作日志与确认写入一一对应", problems, `${acks.length} 条修改记录，前后值连贯`);
}
