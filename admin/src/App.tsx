import { createElement, lazy, Suspense, useEffect, useSyncExternalStore, type ComponentType } from "react";
import { Route } from "react-router-dom";
import { CssBaseline } from "@mui/material";
import {
  AccessDenied,
  AdminContext,
  AuthCallback,
  CoreAdminUI,
  CustomRoutes,
  Loading,
  LoadingPage,
  Resource,
  defaultTheme,
  localStorageStore,
  usePermissions,
  type AdminChildren,
  type RaRecord,
} from "react-admin";
import { resourceLabels } from "../../entities/labels";
import { authProvider, type Permissions } from "./authProvider";
import { dataProvider } from "./dataProvider";
import { i18nProvider, messages, withPageMessages } from "./i18n";
import { Layout } from "./layout/Layout";
import { Notifications } from "./layout/Notifications";
import { StaffOnly } from "./layout/StaffOnly";
import { REVIEW_PAGE_PATH as REVIEW_PATH } from "./enterpriseForms/menuPage";
import { ACCEPT_PATH, MY_FORMS_PATH } from "./myForms/paths";
import { AuthenticationErrorPage, ErrorPage, NotFoundPage } from "./layout/Pages";
import { menuGroups } from "./menuGroups";
import { STAMPED_COPIES_PATH } from "./stampedCopies/menuPage";

// Colours with a contrast of at least 4.5:1 (GB/T 37668-2019, WCAG 2.x AA): white on the app bar,
// links and text buttons on the page's light grey.
const theme = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: "#1565c0" },
    secondary: { light: "#5e92f3", main: "#0d47a1", dark: "#002171", contrastText: "#fff" },
    error: { main: "#b71c1c" },
  },
  typography: { fontFamily: '"Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif' },
  components: {
    ...defaultTheme.components,
    MuiButton: { styleOverrides: { root: { textTransform: "none" as const } } },
    // The form's save bar and an empty list's message, light enough for their text to read (4.5:1).
    // Every spinner (the app bar's loading indicator among them) is named for screen readers.
    MuiCircularProgress: { defaultProps: { "aria-label": "加载中" } },
    RaToolbar: { styleOverrides: { root: { backgroundColor: "#f5f5f5" } } },
    RaEmpty: { styleOverrides: { root: { "& .RaEmpty-message": { opacity: 1, color: "#616161" } } } },
  },
};

type View = "list" | "show" | "edit" | "create";
// Code loaded on first use, fetched ahead where main.tsx can tell it is needed. Not through <Suspense>: React
// holds a suspended page's content back 300 ms at least, even when its code comes a moment later.
function loadable<T>(load: () => Promise<T>) {
  let value: T | undefined;
  let error: unknown;
  let loading: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  const settle = () => listeners.forEach((l) => l());
  const subscribe = (l: () => void) => (listeners.add(l), () => void listeners.delete(l));
  const preload = () =>
    (loading ??= load().then(
      (v) => ((value = v), settle()),
      (e: unknown) => ((error = e ?? new Error("chunk")), settle()),
    ));
  /** The code if it is there already. */
  const current = () => value;
  /** The code once there (the page's error boundary shows a failed load); undefined before. */
  const useLoaded = () => {
    const v = useSyncExternalStore(subscribe, () => value);
    useEffect(() => void preload(), []);
    if (error !== undefined) throw error;
    return v;
  };
  return { preload, useLoaded, current };
}

/** The views' chunk (every resource's list, record, form; the descriptions; how records are named). */
export const views = loadable(withPageMessages(() => import("./views")));

const lazyViews = new Map<string, ComponentType>();
/** A view loaded on first use: the views' chunk stays off the first screen. */
function lazyView(key: string, view: View) {
  const id = `${key}.${view}`;
  if (!lazyViews.has(id))
    lazyViews.set(id, function LazyView() {
      const loaded = views.useLoaded();
      return loaded ? createElement(loaded.views[key][view]!) : <Loading />;
    });
  return lazyViews.get(id)!;
}
/** A page of its own chunk, with react-admin's (Chinese) spinner while it loads; preload() fetches it ahead. */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  const page = loadable(() => load().then((m) => m[name] as ComponentType));
  const Page = () => {
    const loaded = page.useLoaded();
    return loaded ? createElement(loaded) : <Loading />;
  };
  return Object.assign(Page, { preload: page.preload });
}
const Dashboard = lazyPage(
  withPageMessages(() => import("./dashboard/Dashboard")),
  "Dashboard",
);
const LoginPage = lazyPage(() => import("./layout/LoginPage"), "LoginPage");
export const TodoPage = lazyPage(
  withPageMessages(() => import("./todo/TodoPage")),
  "TodoPage",
);
const AcceptInvitationPage = lazyPage(
  withPageMessages(() => import("./myForms/AcceptInvitationPage")),
  "AcceptInvitationPage",
);
const SelectionPage = lazy(
  withPageMessages(() => import("./selection/SelectionPage").then((m) => ({ default: m.SelectionPage }))),
);
const MissingStampedCopiesPage = lazy(
  withPageMessages(() =>
    import("./stampedCopies/MissingStampedCopiesPage").then((m) => ({ default: m.MissingStampedCopiesPage })),
  ),
);
const SubmittedFormsPage = lazy(
  withPageMessages(() =>
    import("./enterpriseForms/SubmittedFormsPage").then((m) => ({ default: m.SubmittedFormsPage })),
  ),
);
const EnterpriseFormsReviewPage = lazy(
  withPageMessages(() =>
    import("./enterpriseForms/EnterpriseFormsReviewPage").then((m) => ({ default: m.EnterpriseFormsReviewPage })),
  ),
);

const readOnlyResources = new Set(resourceLabels.filter((r) => r.readOnlyResource).map((r) => r.key));
const enterpriseForms = new Set(resourceLabels.filter((r) => r.enterpriseForm).map((r) => r.key));
const recordNames = new Map<string, (record: RaRecord) => string>();
/**
 * How a resource's records are named (its description's way, menu.ts): only views ask, and they come with the
 * descriptions (views.ts); before, react-admin's own "#id".
 */
const recordName = (key: string) => {
  if (!recordNames.has(key))
    recordNames.set(key, (record) => views.current()?.recordNames[key]?.(record) ?? `#${record.id}`);
  return recordNames.get(key)!;
};

/** Only the resources the server lets this account use; without write access, no create or edit views. */
const resourcesFor = (permissions: Permissions | null) =>
  menuGroups
    .flatMap(({ resources }) => resources)
    .map(({ key, icon }) => {
      const access = permissions?.access[key] ?? "none";
      if (access === "none") return null;
      const writable = access === "write" && !readOnlyResources.has(key);
      // An enterprise creates its forms, never an enterprise.
      const creates = writable && (permissions?.user.role !== "enterprise" || enterpriseForms.has(key));
      return (
        <Resource
          key={key}
          name={key}
          icon={icon}
          recordRepresentation={recordName(key)}
          list={lazyView(key, "list")}
          show={lazyView(key, "show")}
          edit={writable ? lazyView(key, "edit") : undefined}
          create={creates ? lazyView(key, "create") : undefined}
        />
      );
    });

const MyFormsPage = lazy(
  withPageMessages(() => import("./myForms/MyFormsPage").then((m) => ({ default: m.MyFormsPage }))),
);

/** The landing page: 我的报名表 for an enterprise, 待办 for everyone else. */
function Home() {
  const { permissions, isPending } = usePermissions<Permissions>();
  if (isPending) return <Loading />;
  return permissions?.user.role === "enterprise" ? (
    <Suspense fallback={<Loading />}>
      <MyFormsPage />
    </Suspense>
  ) : (
    <TodoPage />
  );
}

/**
 * react-admin's <Admin> (AdminContext + AdminUI) without its defaults that would be bundled unused: the English
 * messages (defaultI18nProvider) and the stock login form (AdminUI's default loginPage, with react-hook-form).
 */
const store = localStorageStore();
const Admin = ({ children }: { children: AdminChildren }) => (
  <AdminContext
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    store={store}
    theme={theme}
  >
    <CssBaseline enableColorScheme>
      <CoreAdminUI
        title={messages.app.title}
        requireAuth
        loginPage={LoginPage}
        layout={Layout}
        dashboard={Home}
        catchAll={NotFoundPage}
        accessDenied={AccessDenied}
        authCallbackPage={AuthCallback}
        authenticationError={AuthenticationErrorPage}
        error={ErrorPage}
        loading={LoadingPage}
        disableTelemetry
      >
        {children}
      </CoreAdminUI>
      <Notifications />
    </CssBaseline>
  </AdminContext>
);

export const App = () => (
  <Admin>
    {(permissions: Permissions | null) => (
      <>
        {resourcesFor(permissions)}
        <CustomRoutes noLayout>
          <Route path={ACCEPT_PATH} element={<AcceptInvitationPage />} />
        </CustomRoutes>
        <CustomRoutes>
          <Route
            path={MY_FORMS_PATH}
            element={
              <Suspense fallback={<Loading />}>
                <MyFormsPage />
              </Suspense>
            }
          />
          <Route
            path="/progress"
            element={
              <StaffOnly>
                <Dashboard />
              </StaffOnly>
            }
          />
          <Route
            path="/selection"
            element={
              <StaffOnly>
                <Suspense fallback={<Loading />}>
                  <SelectionPage />
                </Suspense>
              </StaffOnly>
            }
          />
          <Route
            path={STAMPED_COPIES_PATH}
            element={
              <StaffOnly>
                <Suspense fallback={<Loading />}>
                  <MissingStampedCopiesPage />
                </Suspense>
              </StaffOnly>
            }
          />
          <Route
            path={REVIEW_PATH}
            element={
              <StaffOnly>
                <Suspense fallback={<Loading />}>
                  <SubmittedFormsPage />
                </Suspense>
              </StaffOnly>
            }
          />
          <Route
            path={`${REVIEW_PATH}/:enterpriseId`}
            element={
              <StaffOnly>
                <Suspense fallback={<Loading />}>
                  <EnterpriseFormsReviewPage />
                </Suspense>
              </StaffOnly>
            }
          />
        </CustomRoutes>
      </>
    )}
  </Admin>
);
