// `npm run build` (with vite.config.ts for the admin): the server and its command-line tools bundled once
// into dist/server/*.js, which `npm start` runs with plain Node. Only the project's own TypeScript
// (server/, entities/, seeds/) is bundled; every package stays an import from node_modules.
import { isAbsolute, resolve } from "node:path";
import { defineConfig } from "vite";

const entry = (path: string) => resolve(import.meta.dirname, path);

export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  logLevel: "warn",
  build: {
    ssr: true,
    target: "node20",
    outDir: "dist/server",
    // Kept, and chunks named without a hash: a server still running from here (another instance, as the
    // build happens on a start) finds the chunks it loads lazily (the PDFs') where they were.
    emptyOutDir: false,
    minify: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: {
        main: entry("server/main.ts"),
        userCli: entry("server/userCli.ts"),
        backupCli: entry("server/backupCli.ts"),
        seedCli: entry("seeds/cli.ts"),
      },
      // Packages (and node: built-ins) are imported at run time, never copied in.
      external: (id) => !id.startsWith(".") && !isAbsolute(id) && !id.startsWith("\0"),
      output: { format: "esm", entryFileNames: "[name].js", chunkFileNames: "[name].js" },
    },
  },
});
