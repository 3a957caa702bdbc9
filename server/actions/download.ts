// A file the browser saves under its Chinese name (RFC 5987), with an ASCII fallback.
import type { Response } from "express";
import type ExcelJS from "exceljs";

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function asAttachment(res: Response, name: string, type?: string) {
  const ascii = name.replace(/[^\w.-]/g, "_").replace(/^_+/, "") || "download";
  if (type) res.type(type);
  res.set("Content-Disposition", `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`);
}

export async function sendWorkbook(res: Response, wb: ExcelJS.Workbook, name: string) {
  asAttachment(res, name, XLSX);
  await wb.xlsx.write(res);
  res.end();
}
