// The one font of every printed form: Noto Sans SC from the registry package @expo-google-fonts/noto-sans-sc,
// regular and bold, read once per process and embedded by pdfkit as a subset (selectable, searchable text).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const FILES = {
  regular: "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
  bold: "@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf",
} as const;

export type FontName = keyof typeof FILES;
const loaded = new Map<FontName, Buffer>();

/** The font's bytes, read from the package on first use and kept for the life of the process. */
export function fontBytes(name: FontName): Buffer {
  let bytes = loaded.get(name);
  if (!bytes) {
    bytes = readFileSync(require.resolve(FILES[name]));
    loaded.set(name, bytes);
  }
  return bytes;
}
