// Prints bench-results.json as the README's Markdown table.
import { readFileSync } from "node:fs";

const { at, machine, results } = JSON.parse(readFileSync("bench-results.json", "utf8"));
console.log(
  `测于 ${at.slice(0, 10)}，${machine.cores} 核 ${machine.cpu}，${machine.memoryGB} GB 内存，Node ${machine.node}。\n`,
);
console.log("| 指标 | 本系统 | 基线 | 比值 | 目标 | 达标 |\n|---|---|---|---|---|---|");
for (const r of results)
  console.log(
    `| ${r.figure} | ${r.ours} ${r.unit} | ${r.baseline} ${r.unit} | ${r.ratio || "—"} | ${r.target} | ${r.met ? "是" : "否"} |`,
  );
