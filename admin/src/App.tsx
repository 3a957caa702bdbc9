import { Route } from "react-router-dom";
import { Admin, CustomRoutes, Resource, defaultTheme } from "react-admin";
import { SelectionPage } from "./selection/SelectionPage";
import { authProvider, type Permissions } from "./authProvider";
import { Dashboard } from "./dashboard/Dashboard";
import { dataProvider } from "./dataProvider";
import { i18nProvider, messages } from "./i18n";
import { Layout } from "./layout/Layout";
import { LoginPage } from "./layout/LoginPage";
import { menu } from "./resources";

const theme = {
  ...defaultTheme,
  typography: { fontFamily: '"Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif' },
  components: {
    ...defaultTheme.components,
    MuiButton: { styleOverrides: { root: { textTransform: "none" as const } } },
  },
};

/** Only the resources the server lets this account use; without write access, no create or edit views. */
const resourcesFor = (permissions: Permissions | null) =>
  menu.flatMap(({ resources }) => resources).map(([key, views]) => {
    const access = permissions?.access[key] ?? "none";
    if (access === "none") return null;
    const writable = access === "write";
    return <Resource key={key} name={key} {...views} edit={writable ? views.edit : undefined} create={writable ? views.create : undefined} />;
  });

export const App = () => (
  <Admin
    title={messages.app.title}
    dataProvider={dataProvider}
    authProvider={authProvider}
    requireAuth
    loginPage={LoginPage}
    i18nProvider={i18nProvider}
    layout={Layout}
    dashboard={Dashboard}
    theme={theme}
    disableTelemetry
  >
    {(permissions: Permissions | null) => (
      <>
        {resourcesFor(permissions)}
        <CustomRoutes>
          <Route path="/selection" element={<SelectionPage />} />
        </CustomRoutes>
      </>
    )}
  </Admin>
);
