// The zip inside an uploaded xlsx, read from its central directory before anything is inflated: which
// entries it holds and how large each says it is, refused when too many or too large; then one entry at a
// time inflated as a stream that stops at the size the directory declared (so a lying size cannot make it more).
import { Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";
import { IMPORT_ZIP_LIMITS } from "../../../entities/imports";
import { BadRequest } from "../../errors";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** The uncompressed size the central directory declares. */
  size: number;
  /** Where the entry's compressed data begins. */
  dataStart: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const broken = () => new BadRequest("无法读取该 Excel 文件：文件可能已损坏");

/** The entries by name, from the central directory; refuses encrypted, ZIP64, unknown compression and too many. */
export function zipEntries(data: Buffer): Map<string, ZipEntry> {
  // The end-of-central-directory record: 22 bytes and a comment of at most 65,535 at the very end.
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--)
    if (data.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  if (end < 0) throw broken();
  const count = data.readUInt16LE(end + 10);
  const dirSize = data.readUInt32LE(end + 12);
  const dirStart = data.readUInt32LE(end + 16);
  if (count === 0xffff || dirStart === 0xffffffff)
    throw new BadRequest("该 Excel 文件过大或结构不受支持，请另存为后再导入");
  if (count > IMPORT_ZIP_LIMITS.entries)
    throw new BadRequest(`该 Excel 文件包含的部件过多（${count} 个），请只保留要导入的工作表后再导入`);
  if (dirStart + dirSize > end) throw broken();
  const entries = new Map<string, ZipEntry>();
  let p = dirStart;
  for (let n = 0; n < count; n++) {
    if (p + 46 > end || data.readUInt32LE(p) !== CENTRAL) throw broken();
    const flags = data.readUInt16LE(p + 8);
    const method = data.readUInt16LE(p + 10);
    const compressedSize = data.readUInt32LE(p + 20);
    const size = data.readUInt32LE(p + 24);
    const nameLength = data.readUInt16LE(p + 28);
    const extraLength = data.readUInt16LE(p + 30);
    const commentLength = data.readUInt16LE(p + 32);
    const local = data.readUInt32LE(p + 42);
    const name = data.toString("utf8", p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;
    if (flags & 1)
      throw new BadRequest("无法读取该文件：它设置了打开密码，请在 Excel 中取消密码并另存为 .xlsx 后再导入");
    if (size === 0xffffffff || compressedSize === 0xffffffff || local === 0xffffffff)
      throw new BadRequest("该 Excel 文件过大或结构不受支持，请另存为后再导入");
    if (method !== 0 && method !== 8) throw broken();
    if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL) throw broken();
    const dataStart = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    if (dataStart + compressedSize > data.length) throw broken();
    entries.set(name.replace(/^\/+/, ""), { name, method, compressedSize, size, dataStart });
  }
  return entries;
}

/**
 * The entry's content as a stream of text (UTF-8, as OOXML parts are), refused before inflating when the directory declares more
 * than `limit` bytes, and stopped (as a broken file) if it inflates to more than it declared.
 */
export function entryStream(data: Buffer, entry: ZipEntry, limit: number, what: string): Readable {
  if (entry.size > limit)
    throw new BadRequest(
      `该 Excel 文件的${what}过大（解压后 ${Math.ceil(entry.size / 1048576)} MB，最多 ${Math.floor(limit / 1048576)} MB），${what === "工作表" ? "请分批导入" : "请把数据复制到新建的工作簿中，另存为 .xlsx 后再导入"}`,
    );
  const raw = data.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  // Text, decoded as one stream: a character split between two chunks stays whole.
  const decoder = new TextDecoder("utf-8");
  async function* chunks() {
    if (entry.method === 0) {
      if (raw.length > entry.size) throw broken();
      yield decoder.decode(raw);
      return;
    }
    const inflate = createInflateRaw({ chunkSize: 16 * 1024 });
    inflate.end(raw);
    let total = 0;
    try {
      for await (const chunk of inflate) {
        total += (chunk as Buffer).length;
        if (total > entry.size) throw broken();
        yield decoder.decode(chunk as Buffer, { stream: true });
      }
      yield decoder.decode();
    } catch (e) {
      throw e instanceof BadRequest ? e : broken();
    } finally {
      inflate.destroy();
    }
  }
  return Readable.from(chunks(), { highWaterMark: 1 });
}
