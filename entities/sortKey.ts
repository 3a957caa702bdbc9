// Fields a description marks `sortKey` (a name sorted by pinyin, as Excel and WPS sort Chinese) are
// sorted through a stored key beside them: the column `<field>SortKey`, filled by the server on every
// write (server/services/sortKey.ts), indexed, never shown. Browser-safe: names only, no pinyin here.
import type { ResourceDescription } from "./describe";

/** The column that holds a field's sort key. */
export const sortKeyColumn = (field: string) => `${field}SortKey`;

/** Longest key: a name's characters as syllables with tones (at most 7 each), then the name itself. */
export const sortKeyLength = (max = 255) => max * 8 + 1;

/** The fields of a description sorted by a stored key. */
export const sortKeyFields = (desc: ResourceDescription) =>
  Object.keys(desc.fields).filter((k) => desc.fields[k].sortKey && !desc.fields[k].virtual);
