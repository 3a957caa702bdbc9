// The page of every printed form: A4 (certificates landscape), the embedded font, a title as the notice
// sets it, ruled tables whose cells wrap their text and break across pages, and signature lines. Every text
// drawn passes through output.ts's masking for the reader (maskText), as every other output does.
import PDFDocument from "pdfkit";
import type { Principal } from "../../access/policy";
import { maskText } from "../output";
import { fontBytes } from "./font";
import { drawLine, linesHeight, wrap, type Align, type Line, type Para } from "./text";

export { box, CHECKED, UNCHECKED, type Para } from "./text";

/** One cell: its share of the row's width, its text, and how it is set. */
export interface Cell {
  w: number;
  text?: string | Para[];
  /** A label of the paper form (centred); values are set left. */
  label?: boolean;
  align?: Align;
  /** A section heading across the table: bold, shaded. */
  heading?: boolean;
}
export interface Row {
  cells: Cell[];
  minHeight?: number;
  /** Repeated at the top of each page the rows after it continue on (a column header). */
  header?: boolean;
}

const MARGIN = { top: 48, bottom: 48, side: 50 };
const PAD = { x: 5, y: 4 };
const RULE = 0.75;

type Laid = { cell: Cell; x: number; w: number; lines: Line[]; valign: "middle" | "top" };

export class FormPdf {
  readonly doc: PDFKit.PDFDocument;
  y = MARGIN.top;
  private pages = 1;
  private started = false;

  constructor(
    private readonly user: Principal | null,
    opts: { title: string; landscape?: boolean },
  ) {
    this.doc = new PDFDocument({
      size: "A4",
      layout: opts.landscape ? "landscape" : "portrait",
      margin: 0,
      info: { Title: opts.title, Creator: "专精特新培育赋能管理平台", Producer: "专精特新培育赋能管理平台" },
      lang: "zh-CN",
    } as PDFKit.PDFDocumentOptions);
    this.doc.registerFont("regular", fontBytes("regular"));
    this.doc.registerFont("bold", fontBytes("bold"));
    this.doc.font("regular");
  }

  get left() {
    return MARGIN.side;
  }
  get width() {
    return this.doc.page.width - 2 * MARGIN.side;
  }
  get bottom() {
    return this.doc.page.height - MARGIN.bottom;
  }
  get pageWidth() {
    return this.doc.page.width;
  }
  get pageHeight() {
    return this.doc.page.height;
  }

  /** The text as this reader may see it: ID numbers and mobiles masked by the one rule (output.ts). */
  mask(s: unknown) {
    return maskText(s === null || s === undefined ? "" : String(s), this.user);
  }

  private paras(text: string | Para[] | undefined): Para[] {
    const list = typeof text === "string" || text === undefined ? [{ text: text ?? "" }] : text;
    return list.map((p) => ({ ...p, text: this.mask(p.text) }));
  }

  newPage() {
    this.doc.addPage();
    this.pages++;
    this.y = MARGIN.top;
  }

  /** Starts a form: on a new page unless nothing is drawn yet (a batch of forms, one after another). */
  startForm() {
    if (this.started) this.newPage();
    this.started = true;
    this.y = MARGIN.top;
  }

  /** Free text across the page (a title, a note under a table), continued on a new page when full. */
  write(paras: Para[], opts: { x?: number; width?: number } = {}) {
    const x = opts.x ?? this.left;
    const width = opts.width ?? this.width;
    for (const line of wrap(this.doc, this.paras(paras), width)) {
      if (this.y + line.height > this.bottom) this.newPage();
      this.y = drawLine(this.doc, line, x, this.y, width);
    }
  }

  /** 附件1-1 at the top left, the form's title centred below it, as the notice prints them. */
  formHead(attachment: string, title: string) {
    if (attachment) this.write([{ text: attachment, size: 12, bold: true }]);
    this.y += 4;
    this.write([{ text: title, size: 16, bold: true, align: "center" }]);
    this.y += 6;
  }

  private lay(row: Row, x0: number, width: number): Laid[] {
    const total = row.cells.reduce((s, c) => s + c.w, 0);
    let x = x0;
    return row.cells.map((cell) => {
      const w = (cell.w / total) * width;
      const base: Partial<Para> = cell.heading
        ? { bold: true, align: "center" }
        : { align: cell.align ?? (cell.label ? "center" : "left") };
      const paras = this.paras(cell.text).map((p) => ({ ...base, ...p }));
      const lines = wrap(this.doc, paras, w - 2 * PAD.x);
      const laid: Laid = {
        cell,
        x,
        w,
        lines,
        valign: cell.label || cell.heading || lines.length <= 2 ? "middle" : "top",
      };
      x += w;
      return laid;
    });
  }

  private drawCells(laid: Laid[], y: number, h: number) {
    const doc = this.doc;
    for (const c of laid) {
      if (c.cell.heading) doc.save().rect(c.x, y, c.w, h).fill("#eeeeee").restore();
      doc.save().lineWidth(RULE).strokeColor("#000000").rect(c.x, y, c.w, h).stroke().restore();
      const used = linesHeight(c.lines);
      let ty = y + PAD.y + (c.valign === "middle" ? Math.max(0, (h - 2 * PAD.y - used) / 2) : 0);
      for (const line of c.lines) ty = drawLine(doc, line, c.x + PAD.x, ty, c.w - 2 * PAD.x);
    }
  }

  private heightOf(laid: Laid[], min = 0) {
    return Math.max(min, 21, ...laid.map((c) => linesHeight(c.lines) + 2 * PAD.y));
  }

  /**
   * A ruled table. A row that does not fit the rest of the page goes to the next one (after the column
   * header, repeated); a row taller than a good part of a page is split between its lines instead.
   */
  table(rows: Row[], opts: { x?: number; width?: number } = {}) {
    const x = opts.x ?? this.left;
    const width = opts.width ?? this.width;
    let header: Laid[] | null = null;
    const full = this.bottom - MARGIN.top;
    const repeatHeader = () => {
      if (!header) return;
      const h = this.heightOf(header);
      this.drawCells(header, this.y, h);
      this.y += h;
    };
    rows.forEach((row, i) => {
      let laid = this.lay(row, x, width);
      if (row.header) header = laid;
      else if (row.cells.some((c) => c.heading)) header = null;
      let h = this.heightOf(laid, row.minHeight);
      // A heading or a column header is not left alone at the foot of a page.
      const next = rows[i + 1];
      const keep = (row.header || row.cells.some((c) => c.heading)) && next ? 40 : 0;
      let fresh = false;
      while (this.y + h + keep > this.bottom) {
        const room = this.bottom - this.y;
        if ((h > full * 0.35 || fresh) && room > 60 && !keep) {
          // Split: the lines that fit here, the rest on the next page.
          const here = laid.map((c) => {
            const fit: Line[] = [];
            let used = 2 * PAD.y;
            for (const l of c.lines) {
              if (used + l.height > room) break;
              fit.push(l);
              used += l.height;
            }
            return fit;
          });
          this.drawCells(
            laid.map((c, k) => ({ ...c, lines: here[k], valign: "top" })),
            this.y,
            room,
          );
          laid = laid.map((c, k) => ({ ...c, lines: c.lines.slice(here[k].length), valign: "top" }));
          this.newPage();
          repeatHeader();
          h = this.heightOf(laid, 0);
          fresh = true;
        } else if (!fresh) {
          this.newPage();
          if (!row.header) repeatHeader();
          fresh = true;
        } else break;
      }
      this.drawCells(laid, this.y, h);
      this.y += h;
    });
  }

  /**
   * Rows beside one cell that spans them all on the right (附件1-2's 照片), drawn with `draw` inside
   * that cell's box. The rows must fit the page (they open a form).
   */
  tableWithAside(rows: Row[], asideWidth: number, draw: (x: number, y: number, w: number, h: number) => void) {
    const top = this.y;
    const x = this.left + this.width - asideWidth;
    this.table(rows, { width: this.width - asideWidth });
    const h = this.y - top;
    this.doc.save().lineWidth(RULE).strokeColor("#000000").rect(x, top, asideWidth, h).stroke().restore();
    draw(x, top, asideWidth, h);
  }

  /** The finished file. */
  end(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    return new Promise((resolve, reject) => {
      this.doc.on("data", (c: Buffer) => chunks.push(c));
      this.doc.on("end", () => resolve(Buffer.concat(chunks)));
      this.doc.on("error", reject);
      this.doc.end();
    });
  }
}

/** A date as the forms print it: 2025 年 6 月 20 日, or the blanks to write it in. */
export function paperDate(iso: unknown): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso ?? ""));
  return m ? `${m[1]} 年 ${Number(m[2])} 月 ${Number(m[3])} 日` : "　　　　年　　月　　日";
}

/** The signature and stamp lines of a form, starting at `indent` points into their cell. */
export function signatureLines(lines: string[], indent: number, gap = 14): Para[] {
  return lines.map((text) => ({ text, indent, gap }));
}
