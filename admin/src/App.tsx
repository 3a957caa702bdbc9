import { Admin, Resource, defaultTheme } from "react-admin";
import { Dashboard } from "./dashboard/Dashboard";
import { dataProvider } from "./dataProvider";
import { i18nProvider, messages } from "./i18n";
import { Layout } from "./layout/Layout";
import { menu } from "./resources";

const theme = {
  ...defaultTheme,
  typography: { fontFamily: '"Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif' },
  components: {
    ...defaultTheme.components,
    MuiButton: { styleOverrides: { root: { textTransform: "none" as const } } },
  },
};

export const App = () => (
  <Admin
    title={messages.app.title}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    dashboard={Dashboard}
    theme={theme}
    disableTelemetry
  >
    {menu.flatMap(({ resources }) => resources).map(([key, views]) => (
      <Resource key={key} name={key} {...views} />
    ))}
  </Admin>
);
