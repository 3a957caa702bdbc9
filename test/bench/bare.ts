// The baseline any HTTP API can only approach: node:http running the same SQL straight on the driver —
// better-sqlite3 (DATABASE_PATH) or pg (DATABASE_URL) — and bare ExcelJS streaming of the same rows.
// Started by the bench as a child process.
import { createServer } from "node:http";
import Database from "better-sqlite3";
import ExcelJS from "exceljs";
import pg from "pg";

type Row = Record<string, unknown>;
/** One query, on whichever database: SQL written with `?` for SQLite and numbered for PostgreSQL. */
interface Query {
  all(...args: unknown[]): Promise<Row[]>;
}

const url = process.env.DATABASE_URL;
const pool = url ? new pg.Pool({ connectionString: url, max: 10 }) : undefined;
const db = url ? undefined : new Database(process.env.DATABASE_PATH!, { readonly: true });
function query(sql: string): Query {
  if (pool) {
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${++n}`);
    return { all: async (...args) => (await pool.query(text, args)).rows };
  }
  const s = db!.prepare(sql);
  return { all: async (...args) => s.all(...args) as Row[] };
}

const SEARCHED = ["name", "creditCode", "industry", "mainProducts", "contactName"];
const LIKE = url ? "ILIKE" : "LIKE";
const matches = SEARCHED.map((c) => `"${c}" ${LIKE} ?`).join(" OR ");
// In the list's order (names by pinyin, their stored key, then id), as the API sorts: the same index serves both.
const list = query(
  `SELECT * FROM enterprise WHERE "cityId" = ? AND "priorityIndustry" = ? ORDER BY "nameSortKey", id LIMIT 25 OFFSET 0`,
);
const count = query(`SELECT COUNT(*) AS n FROM enterprise WHERE "cityId" = ? AND "priorityIndustry" = ?`);
const scan = query(`SELECT * FROM enterprise WHERE ${matches} ORDER BY id LIMIT 25`);
const scanCount = query(`SELECT COUNT(*) AS n FROM enterprise WHERE ${matches}`);
const page = query(`SELECT * FROM enterprise WHERE id > ? ORDER BY id LIMIT 1000`);

createServer(async (req, res) => {
  const u = new URL(req.url!, "http://x");
  if (u.pathname === "/list") {
    const args = [Number(u.searchParams.get("cityId")), u.searchParams.get("industry")];
    const [rows, [{ n }]] = await Promise.all([list.all(...args), count.all(...args)]);
    res
      .writeHead(200, { "Content-Type": "application/json", "Content-Range": `enterprises 0-24/${n}` })
      .end(JSON.stringify(rows));
  } else if (u.pathname === "/search") {
    const like = `%${u.searchParams.get("q")}%`;
    const args = SEARCHED.map(() => like);
    const [rows, [{ n }]] = await Promise.all([scan.all(...args), scanCount.all(...args)]);
    res
      .writeHead(200, { "Content-Type": "application/json", "Content-Range": `enterprises 0-24/${n}` })
      .end(JSON.stringify(rows));
  } else if (u.pathname === "/export") {
    res.writeHead(200, { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
    const ws = wb.addWorksheet("企业");
    // A thousand rows at a time, by id: the whole table is never in memory.
    for (let last = 0, rows: Row[]; (rows = await page.all(last)).length; last = Number(rows.at(-1)!.id)) {
      for (const row of rows)
        ws.addRow(
          Object.values(row).map((v) =>
            v === null || typeof v === "number" || typeof v === "string" ? v : JSON.stringify(v),
          ),
        ).commit();
      await new Promise((r) => setImmediate(r));
    }
    ws.commit();
    await wb.commit();
  } else res.writeHead(404).end();
}).listen(Number(process.env.PORT), "127.0.0.1", () => console.log("ready"));
