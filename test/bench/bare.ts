// The baseline any HTTP API can only approach: node:http running the same SQL on better-sqlite3,
// and bare ExcelJS streaming of the same rows. Started by the bench as a child process.
import { createServer } from "node:http";
import Database from "better-sqlite3";
import ExcelJS from "exceljs";

const db = new Database(process.env.DATABASE_PATH!, { readonly: true });
const list = db.prepare(
  "SELECT * FROM enterprise WHERE cityId = ? AND priorityIndustry = ? ORDER BY name LIMIT 25 OFFSET 0",
);
const count = db.prepare("SELECT COUNT(*) AS n FROM enterprise WHERE cityId = ? AND priorityIndustry = ?");
const scan = db.prepare(
  "SELECT * FROM enterprise WHERE name LIKE ? OR creditCode LIKE ? OR industry LIKE ? OR mainProducts LIKE ? OR contactName LIKE ? ORDER BY id LIMIT 25",
);
const scanCount = db.prepare(
  "SELECT COUNT(*) AS n FROM enterprise WHERE name LIKE ? OR creditCode LIKE ? OR industry LIKE ? OR mainProducts LIKE ? OR contactName LIKE ?",
);
const all = db.prepare("SELECT * FROM enterprise ORDER BY id");

createServer(async (req, res) => {
  const url = new URL(req.url!, "http://x");
  if (url.pathname === "/list") {
    const args = [Number(url.searchParams.get("cityId")), url.searchParams.get("industry")];
    const rows = list.all(...args);
    const { n } = count.get(...args) as { n: number };
    res
      .writeHead(200, { "Content-Type": "application/json", "Content-Range": `enterprises 0-24/${n}` })
      .end(JSON.stringify(rows));
  } else if (url.pathname === "/search") {
    const like = `%${url.searchParams.get("q")}%`;
    const args = [like, like, like, like, like];
    const rows = scan.all(...args);
    const { n } = scanCount.get(...args) as { n: number };
    res
      .writeHead(200, { "Content-Type": "application/json", "Content-Range": `enterprises 0-24/${n}` })
      .end(JSON.stringify(rows));
  } else if (url.pathname === "/export") {
    res.writeHead(200, { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
    const ws = wb.addWorksheet("企业");
    let i = 0;
    for (const row of all.iterate() as Iterable<Record<string, unknown>>) {
      ws.addRow(
        Object.values(row).map((v) => (v === null || typeof v === "number" || typeof v === "string" ? v : String(v))),
      ).commit();
      if (++i % 200 === 0) await new Promise((r) => setImmediate(r));
    }
    ws.commit();
    await wb.commit();
  } else res.writeHead(404).end();
}).listen(Number(process.env.PORT), "127.0.0.1", () => console.log("ready"));
