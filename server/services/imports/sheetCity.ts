// A per-city sheet's city (附件2): a city bureau's own, else the one chosen, else the one named above
// the header (the 盖章 line, e.g. “武汉市经信局：（盖章）”).
import type { DataSource } from "typeorm";
import { resourceByKey } from "../../../entities/registry";
import type { Principal } from "../../access/policy";
import { BadRequest } from "../../errors";
import { read } from "../unitOfWork";
import type { SheetRow } from "./sheet";
import { cellText } from "./values";

type Rec = Record<string, any>;

export async function sheetCity(
  ds: DataSource,
  user: Principal,
  rows: SheetRow[],
  headerIndex: number,
  given: unknown,
): Promise<number> {
  if (user.role === "city") return user.cityId!;
  const cities: Rec[] = await read(ds, (m) => m.getRepository(resourceByKey.cities.entity).find());
  if (given) {
    const c = cities.find((x) => x.id === Number(given) || x.code === String(given));
    if (!c) throw new BadRequest("所选市州不存在", { cityId: "所选市州不存在" });
    return c.id as number;
  }
  const above = rows
    .slice(0, headerIndex)
    .flatMap((r) => r.cells.map(cellText))
    .join(" ");
  const named = cities.filter((c) => above.includes(c.name)).sort((a, b) => b.name.length - a.name.length)[0];
  if (!named) throw new BadRequest("请选择市州：表格的盖章行没有写明市州", { cityId: "请选择市州" });
  return named.id as number;
}
