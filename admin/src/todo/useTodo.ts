// The signed-in user's 待办, shared by the page and the menu's counts; fetched again every minute.
import { useQuery } from "@tanstack/react-query";
import { useDataProvider } from "react-admin";
import type { TodoItem } from "../../../entities/api";
import type { AppDataProvider } from "../dataProvider";

export function useTodo() {
  const dp = useDataProvider<AppDataProvider>();
  return useQuery({ queryKey: ["todo"], queryFn: () => dp.todo(), refetchInterval: 60_000 });
}

/** Where an item takes the user: its own page, or the list filtered to exactly its records. */
export const todoLink = (item: TodoItem) =>
  item.path ?? `/${item.resource}?${new URLSearchParams({ filter: JSON.stringify(item.filter), page: "1" })}`;

/** How many records wait, per resource (for the menu). */
export const countsByResource = (items: TodoItem[] = []) =>
  items.reduce<Record<string, number>>((acc, i) => ({ ...acc, [i.resource]: (acc[i.resource] ?? 0) + i.count }), {});
