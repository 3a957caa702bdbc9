// The selection page's texts (app.selection.* in i18n/).
import { useTranslate } from "react-admin";

export function useSelectionText() {
  const translate = useTranslate();
  return (key: string, options?: object) => translate(`app.selection.${key}`, options);
}
