// Failpoints for the fault tests (test/api/faults.test.ts): with FAILPOINT=name the server stops at
// that point, in the middle of a transaction, says so on stderr and waits to be killed. Never set
// in a deployment; unset, a failpoint costs one comparison.
export async function failpoint(name: string) {
  if (process.env.FAILPOINT !== name) return;
  process.stderr.write(`FAILPOINT ${name}\n`);
  await new Promise(() => undefined);
}
