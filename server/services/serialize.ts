// TypeORM's better-sqlite3 driver has one connection: concurrent transactions would nest on it.
// Every unit of work on a DataSource runs through its queue, one at a time.
import type { DataSource } from "typeorm";

const queues = new WeakMap<DataSource, Promise<unknown>>();

export function serialized<T>(ds: DataSource, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(ds) ?? Promise.resolve();
  const next = previous.then(() => work());
  queues.set(ds, next.catch(() => undefined));
  return next;
}
