// Pages that the first screen rarely shows, each in its own chunk: 页面不存在 and react-admin's error pages
// (their <Title> brings the configurable title's editor, a TextField with all MUI's inputs).
import { lazy, Suspense, type ComponentProps, type ComponentType } from "react";
import { Loading } from "react-admin";

function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Lazy = lazy(() => load().then((c) => ({ default: c })));
  return (props: P) => (
    <Suspense fallback={<Loading />}>
      <Lazy {...(props as ComponentProps<typeof Lazy>)} />
    </Suspense>
  );
}

export const NotFoundPage = lazyPage(() => import("./NotFoundPage").then((m) => m.NotFoundPage));
export const ErrorPage = lazyPage(() => import("./ErrorPages").then((m) => m.Error));
export const AuthenticationErrorPage = lazyPage(() => import("./ErrorPages").then((m) => m.AuthenticationError));
