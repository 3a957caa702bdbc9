// GET /api/todo: what waits for the signed-in user (services/todo.ts).
import { Router } from "express";
import type { TodoService } from "../services/todo";

export function todoRouter(todo: TodoService) {
  const router = Router();
  router.get("/todo", async (req, res) => {
    res.json(await todo.todo(req.ctx!));
  });
  return router;
}
