// Large xlsx files for the upload tests and the import load scenarios, built directly as a zip (no
// ExcelJS, which takes far longer for 400,000 rows): one sheet of inline strings, deflated in one go.
// `declare` lets a test make the central directory lie about an entry's uncompressed size.
import { crc32, deflateRawSync } from "node:zlib";

export interface ZipPart {
  name: string;
  data: Buffer;
  /** The uncompressed size to declare instead of the real one. */
  declare?: number;
  /** Stored rather than deflated. */
  stored?: boolean;
}

/** A zip of the parts (deflated unless stored), with sizes in the local headers and the central directory. */
export function zip(parts: ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, "utf8");
    const body = p.stored ? p.data : deflateRawSync(p.data, { level: 6 });
    const size = p.declare ?? p.data.length;
    const crc = crc32(p.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6); // UTF-8 names
    local.writeUInt16LE(p.stored ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x800, 8);
    dir.writeUInt16LE(p.stored ? 0 : 8, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, name, body);
    central.push(dir, name);
    offset += 30 + name.length + body.length;
  }
  const dirSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const col = (i: number) => String.fromCharCode(65 + i);

/** The parts of a one-sheet workbook around `sheet` (the worksheet's XML). */
export function workbookParts(sheet: Buffer | string, declareSheet?: number): ZipPart[] {
  const text = (name: string, s: string) => ({ name, data: Buffer.from(s, "utf8") });
  return [
    text(
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    text(
      "_rels/.rels",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    text(
      "xl/workbook.xml",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    text(
      "xl/_rels/workbook.xml.rels",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    {
      name: "xl/worksheets/sheet1.xml",
      data: Buffer.isBuffer(sheet) ? sheet : Buffer.from(sheet, "utf8"),
      declare: declareSheet,
    },
  ];
}

/** A worksheet's XML: each row's cells as inline strings (numbers as numbers), row numbers from 1. */
export function sheetXml(rows: Iterable<(string | number)[]>): Buffer {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  let r = 0;
  for (const cells of rows) {
    r++;
    out.push(
      `<row r="${r}">${cells
        .map((v, i) =>
          typeof v === "number"
            ? `<c r="${col(i)}${r}"><v>${v}</v></c>`
            : `<c r="${col(i)}${r}" t="inlineStr"><is><t>${xml(v)}</t></is></c>`,
        )
        .join("")}</row>`,
    );
  }
  out.push("</sheetData></worksheet>");
  return Buffer.from(out.join(""), "utf8");
}

/** A small seeded generator, so the files are the same every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An enterprise list of `rows` data rows under its header (企业名称, 统一社会信用代码, 备注): short rows of
 * random text, so that 400,000 of them make an xlsx of about 10 MB (about 60 MB of XML).
 */
export function enterpriseSheet(rows: number, seed = 1): Buffer {
  const next = random(seed);
  const chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const text = (n: number) => {
    let s = "";
    for (let i = 0; i < n; i++) s += chars[Math.floor(next() * chars.length)];
    return s;
  };
  function* all() {
    yield ["企业名称", "统一社会信用代码", "备注"];
    for (let i = 0; i < rows; i++) yield [`测试企业${text(4)}`, text(8), text(3)];
  }
  return zip(workbookParts(sheetXml(all())));
}
