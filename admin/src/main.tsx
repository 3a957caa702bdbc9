import { createRoot } from "react-dom/client";

createRoot(document.getElementById("root")!).render(
  <p style={{ fontFamily: "sans-serif", padding: 24 }}>管理界面建设中。接口已就绪：<a href="/api/enterprises">/api/enterprises</a></p>,
);
