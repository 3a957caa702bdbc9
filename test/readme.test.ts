// The README names every resource with its Chinese name, as the descriptions do.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { resources } from "../entities/registry";

it("lists every resource with its Chinese name and shows the two commands", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  for (const r of resources) expect(readme).toMatch(new RegExp("`" + r.key + "` \\| " + r.label + " \\|"));
  expect(readme).toContain("npm install && npm start");
  expect(readme).toContain("npm test");
});
