// A real Chromium driven by playwright-core, never downloaded at run time: Debian's where it is installed
// (or CHROMIUM_PATH), otherwise the one that ships inside the @sparticuz/chromium package, unpacked from
// node_modules on first use.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** The flags every launch uses: headless, no sandbox (CI runs as root), nothing that reaches the network. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--no-zygote",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--lang=zh-CN",
];

/** The browser's executable: CHROMIUM_PATH, Debian's, or the packaged one (unpacked into the temp folder once). */
export async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const packaged = (await import("@sparticuz/chromium")).default;
  return packaged.executablePath();
}

export async function openBrowser() {
  const profile = mkdtempSync(join(tmpdir(), "giants-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: await chromiumPath(),
    viewport: { width: 1440, height: 900 },
    locale: "zh-CN",
    acceptDownloads: true,
    args: CHROMIUM_ARGS,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  return {
    page,
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
