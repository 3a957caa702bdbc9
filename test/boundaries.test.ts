// The import boundaries of the layout hold because the lint that npm test runs refuses a crossing:
// each case is linted as if it were a file at that path.
import { ESLint } from "eslint";
import { expect, it } from "vitest";

const eslint = new ESLint({ cwd: new URL("..", import.meta.url).pathname });
const problems = async (path: string, code: string) =>
  (await eslint.lintText(code, { filePath: path }))[0].messages.map((m) => m.ruleId);

it.each([
  ["admin/src/x.ts", 'import { openDatabase } from "../../server/db";\nexport const x = openDatabase;\n'],
  ["admin/src/x.ts", 'import { DataSource } from "typeorm";\nexport const x = DataSource;\n'],
  ["entities/x.ts", 'import { databaseKind } from "../server/db";\nexport const x = databaseKind;\n'],
  ["entities/x.ts", 'import { menu } from "../admin/src/menu";\nexport const x = menu;\n'],
  ["entities/x.ts", 'import { EntitySchema } from "typeorm";\nexport const x = EntitySchema;\n'],
  ["server/x.ts", 'import { menu } from "../admin/src/menu";\nexport const x = menu;\n'],
])("refuses %s importing across a boundary", async (path, code) => {
  expect(await problems(path, code)).toContain("no-restricted-imports");
});

it("allows what the layout allows", async () => {
  expect(
    await problems(
      "admin/src/x.ts",
      'import { resources } from "../../entities/registry";\nexport const x = resources;\n',
    ),
  ).toEqual([]);
  expect(
    await problems("server/x.ts", 'import { resources } from "../entities/registry";\nexport const x = resources;\n'),
  ).toEqual([]);
});
