// ESLint: typescript-eslint's recommended rules, React's hooks rules for the admin, Prettier for layout
// (eslint-config-prettier turns off what it formats), and the import boundaries between the top folders:
// the admin never reaches server code or TypeORM; entities (browser-safe descriptions) never reach the
// server, the admin or TypeORM; the server never reaches the admin.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Import patterns a folder may not use, with the reason shown to whoever writes one. */
const forbid = (...groups) => ({
  "no-restricted-imports": ["error", { patterns: groups.map(([group, message]) => ({ group, message })) }],
});
const SERVER = [
  ["**/server/**", "/server/*"],
  "服务器代码不得进入此处（见 README 的 Layout）：admin 与 entities 不引用 server/。",
];
const ADMIN = [["**/admin/**"], "管理界面代码不得进入此处（见 README 的 Layout）：server 与 entities 不引用 admin/。"];
const TYPEORM = [["typeorm", "typeorm/*"], "TypeORM 只在服务器端使用（server/）：描述保持浏览器可用。"];

export default tseslint.config(
  { ignores: ["dist/", "data/", "bench-data/", "backups/", "node_modules/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "@typescript-eslint/no-non-null-assertion": "off",
      // `declare global { namespace Express … }` is how Express's Request is extended.
      "@typescript-eslint/no-namespace": ["error", { allowDeclarations: true }],
      // The paper forms' full-width spaces (U+3000) stand in strings and templates on purpose.
      "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true }],
    },
  },
  {
    files: ["admin/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  { files: ["admin/**/*.{ts,tsx}"], rules: forbid(SERVER, TYPEORM) },
  { files: ["entities/**/*.ts"], rules: forbid(SERVER, ADMIN, TYPEORM) },
  { files: ["server/**/*.ts"], rules: forbid(ADMIN) },
  prettier,
);
