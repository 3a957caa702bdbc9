// The server registry: each description turned into a TypeORM EntitySchema. The description is
// the only field list; the table, its columns, foreign keys and indexes are derived from it.
import { EntitySchema, type EntitySchemaColumnOptions, type EntitySchemaRelationOptions } from "typeorm";
import { searchFields, type Field, type ResourceDescription } from "../entities/describe";
import { customizable, resourceByKey, resources } from "../entities/registry";
import { trigramIndex, gramIndex } from "./searchIndex";
import { sortKeyColumn, sortKeyFields, sortKeyLength } from "../entities/sortKey";
import { attachment } from "../entities/attachment";
import { selectionRound } from "../entities/selection";
import { invitation, loginThrottle, session } from "../entities/session";

function column(f: Field): EntitySchemaColumnOptions {
  const nullable = !f.required && f.type !== "boolean" && f.default === undefined;
  const base = {
    nullable,
    unique: f.unique,
    ...(f.default !== undefined && !["enums", "refs", "rows"].includes(f.type) ? { default: f.default } : {}),
  };
  switch (f.type) {
    case "string":
      return { ...base, type: "varchar", length: f.max ?? 255 };
    case "text":
      return { ...base, type: "text" };
    case "int":
    case "ref":
      return { ...base, type: "integer" };
    case "number":
      return { ...base, type: "double precision" };
    case "boolean":
      return { ...base, type: "boolean", default: f.default ?? false };
    case "date":
      return { ...base, type: "varchar", length: 10 };
    case "datetime":
      return { ...base, type: "varchar", length: f.max ?? 30 };
    case "enum":
      return { ...base, type: "varchar", length: 40 };
    case "enums":
    case "refs":
    case "rows":
      return { ...base, type: "simple-json" };
  }
}

function schemaOf(desc: ResourceDescription, kind: DatabaseKind) {
  const columns: Record<string, EntitySchemaColumnOptions> = {
    id: { type: "integer", primary: true, generated: "increment" },
  };
  const relations: Record<string, EntitySchemaRelationOptions> = {};
  const indices: { name?: string; columns: string[]; unique?: boolean; synchronize?: boolean }[] = [];
  for (const [name, f] of Object.entries(desc.fields)) {
    // The department's fields are no columns: their values are in `custom` (below).
    if (f.virtual || f.custom) continue;
    columns[name] = column(f);
    if (f.type === "ref") {
      relations[name.replace(/Id$/, "")] = {
        type: "many-to-one",
        target: resourceByKey[f.ref!].entity,
        joinColumn: { name },
        onDelete: "RESTRICT",
      };
    }
    if (
      (f.type === "ref" || f.filter || f.sort || f.search) &&
      !f.unique &&
      !["enums", "refs", "rows", "text"].includes(f.type)
    )
      indices.push({ columns: [name] });
  }
  // 自定义字段: the values of the department's fields, one JSON object per record (entities/customFields.ts).
  if (customizable.includes(desc))
    columns.custom = { type: kind === "postgres" ? "jsonb" : "simple-json", nullable: true };
  // PostgreSQL: with time zone, so neither the database's nor the server's zone shifts the instant.
  const stamp = kind === "postgres" ? "timestamptz" : "datetime";
  columns.createdAt = { type: stamp, createDate: true };
  columns.updatedAt = { type: stamp, updateDate: true };
  columns.version = { type: "integer", version: true };
  // A field sorted by its key: the key beside it (never read back into records), indexed, and in the
  // composite indexes for lists in the field's place, since lists sort by the key.
  const keyed = sortKeyFields(desc);
  for (const f of keyed) {
    columns[sortKeyColumn(f)] = {
      type: "varchar",
      length: sortKeyLength(desc.fields[f].max),
      nullable: true,
      select: false,
    };
    indices.push({ columns: [sortKeyColumn(f)] });
  }
  for (const u of desc.uniques ?? []) indices.push({ columns: u.fields, unique: true });
  for (const cols of desc.indexes ?? [])
    indices.push({ columns: cols.map((c) => (keyed.includes(c) ? sortKeyColumn(c) : c)) });
  // Known to the schema builder, made by ensureSearchIndex (TypeORM cannot say GIN).
  if (kind === "postgres")
    for (const f of searchFields(desc))
      for (const name of [trigramIndex(desc.table, f), gramIndex(desc.table, f)])
        indices.push({ name, columns: [f], synchronize: false });
  return new EntitySchema<Record<string, any>>({
    name: desc.entity,
    tableName: desc.table,
    columns,
    relations,
    indices,
  });
}

/** Tables of the server alone: not resources of the API. */
export const serverOnly = {
  sessions: session,
  loginThrottles: loginThrottle,
  attachments: attachment,
  selectionRounds: selectionRound,
  invitations: invitation,
};

export type DatabaseKind = "sqlite" | "postgres";

const built = new Map<DatabaseKind, EntitySchema<Record<string, any>>[]>();

/** The EntitySchemas for one kind of database (they differ only in the timestamp type). */
export function entitySchemas(kind: DatabaseKind) {
  if (!built.has(kind))
    built.set(
      kind,
      [...resources, ...Object.values(serverOnly)].map((r) => schemaOf(r, kind)),
    );
  return built.get(kind)!;
}

export { resourceByKey, resources };
