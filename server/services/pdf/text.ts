// Text inside a box: paragraphs wrapped to a width as Chinese is set (a line may break between any two
// characters, Latin words and numbers stay whole where they fit, closing punctuation never starts a line),
// check boxes drawn as boxes, and lines drawn one by one so a long text can continue on the next page.
import type { FontName } from "./font";

type Doc = PDFKit.PDFDocument;

/** A check box in a text: ticked or empty (drawn as a square; the tick is the text √). */
export const CHECKED = "\uE001";
export const UNCHECKED = "\uE000";
export const box = (ticked: unknown) => (ticked ? CHECKED : UNCHECKED);

export type Align = "left" | "center" | "right";
/** A paragraph: its text (\n breaks lines) and how it is set. */
export interface Para {
  text: string;
  size?: number;
  bold?: boolean;
  /** A prompt printed on the paper form (grey), as against the record's values (black). */
  prompt?: boolean;
  align?: Align;
  /** Points from the box's left edge (a signature line starting halfway). */
  indent?: number;
  /** Extra space above, in points. */
  gap?: number;
}
/** One wrapped line, ready to draw. */
export interface Line {
  text: string;
  size: number;
  font: FontName;
  color: string;
  align: Align;
  indent: number;
  /** Height the line takes, its gap included. */
  height: number;
  gap: number;
}

export const BODY_SIZE = 10.5;
export const LEADING = 1.42;
const NO_LINE_START = "，。、；：？！）》」』”’%,.;:?!)]";
const TOKENS = /[\uE000\uE001]|[A-Za-z0-9@._\-/:%+#&=~()（）]+|\s|./gsu;

function useFont(doc: Doc, font: FontName, size: number) {
  doc.font(font).fontSize(size);
}

const boxWidth = (size: number) => size * 1.1;

/** The width of a piece of text in the current font, check boxes counted. */
function measure(doc: Doc, s: string, size: number) {
  let w = 0;
  let run = "";
  for (const ch of s) {
    if (ch === CHECKED || ch === UNCHECKED) {
      w += boxWidth(size);
      continue;
    }
    run += ch;
  }
  return w + (run ? doc.widthOfString(run) : 0);
}

/** Paragraphs as lines no wider than `width`. */
export function wrap(doc: Doc, paras: Para[], width: number): Line[] {
  const out: Line[] = [];
  for (const p of paras) {
    const size = p.size ?? BODY_SIZE;
    const font: FontName = p.bold ? "bold" : "regular";
    useFont(doc, font, size);
    const indent = p.indent ?? 0;
    const room = Math.max(size * 2, width - indent);
    const make = (text: string, first: boolean): Line => ({
      text,
      size,
      font,
      color: p.prompt ? "#333333" : "#000000",
      align: p.align ?? "left",
      indent,
      gap: first ? (p.gap ?? 0) : 0,
      height: size * LEADING + (first ? (p.gap ?? 0) : 0),
    });
    let first = true;
    for (const para of p.text.split("\n")) {
      let line = "";
      let w = 0;
      const push = () => {
        out.push(make(line.trimEnd(), first));
        first = false;
        line = "";
        w = 0;
      };
      for (const tok of para.match(TOKENS) ?? []) {
        const tw = measure(doc, tok, size);
        if (w + tw <= room || (NO_LINE_START.includes(tok) && line)) {
          line += tok;
          w += tw;
        } else if (tw > room) {
          for (const ch of tok) {
            const cw = measure(doc, ch, size);
            if (w + cw > room && line) push();
            line += ch;
            w += cw;
          }
        } else {
          push();
          if (tok.trim()) {
            line = tok;
            w = tw;
          }
        }
      }
      push();
    }
  }
  return out;
}

export const linesHeight = (lines: Line[]) => lines.reduce((h, l) => h + l.height, 0);

/** Draws one line whose box starts at (x, y) in a box of `width`; returns the y below it. */
export function drawLine(doc: Doc, line: Line, x: number, y: number, width: number) {
  useFont(doc, line.font, line.size);
  const w = measure(doc, line.text, line.size);
  const room = width - line.indent;
  let cx = x + line.indent + (line.align === "center" ? (room - w) / 2 : line.align === "right" ? room - w : 0);
  const top = y + line.gap;
  // Noto's ascender is tall: the glyphs are set a little higher to sit in the middle of the line.
  const textY = top + (line.size * LEADING - line.size * 1.45) / 2;
  doc.fillColor(line.color);
  let run = "";
  const flush = () => {
    if (!run) return;
    doc.text(run, cx, textY, { lineBreak: false });
    cx += doc.widthOfString(run);
    run = "";
  };
  for (const ch of line.text) {
    if (ch !== CHECKED && ch !== UNCHECKED) {
      run += ch;
      continue;
    }
    flush();
    const s = line.size * 0.8;
    const bx = cx + (boxWidth(line.size) - s) / 2;
    const by = top + (line.size * LEADING - s) / 2;
    doc.save().lineWidth(0.6).strokeColor("#000000").rect(bx, by, s, s).stroke().restore();
    if (ch === CHECKED) {
      doc.fontSize(line.size * 0.85);
      doc.text("√", bx + s * 0.08, by - line.size * 0.2, { lineBreak: false });
      doc.fontSize(line.size);
    }
    cx += boxWidth(line.size);
  }
  flush();
  return top + line.size * LEADING;
}
