import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { resourceLabels } from "../../entities/labels";
import { App, TodoPage, views } from "./App";
import { authProvider } from "./authProvider";

// Before the first render: who is signed in (and the custom fields) is asked at once, and a resource's page
// opened directly (#/enterprises…) starts loading the views' chunk alongside, not after the permissions
// (the home page, its 待办).
void authProvider.getPermissions?.({});
const opened = /^#\/([^/?]+)/.exec(window.location.hash)?.[1];
if (opened && resourceLabels.some((r) => r.key === opened)) void views.preload();
else if (!opened) void TodoPage.preload();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
