// Export from the server: the selection, or every record matching the filter, in the list's sort.
import DownloadIcon from "@mui/icons-material/Download";
import { Button, useListContext, useResourceContext, useTranslate } from "react-admin";
import { exportUrl } from "../dataProvider";
import { useBulkTarget } from "./bulk";

function download(url: string) {
  const a = document.createElement("a");
  a.href = url;
  a.download = "";
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function ExportButtons({ selection = false }: { selection?: boolean }) {
  const translate = useTranslate();
  const resource = useResourceContext()!;
  const { filterValues, sort, total } = useListContext();
  const bulk = useBulkTarget();
  const filter = selection && "ids" in bulk.target ? { id: bulk.target.ids } : filterValues;
  const count = selection ? bulk.count : (total ?? 0);
  return (
    <>
      {(["xlsx", "csv"] as const).map((format) => (
        <Button
          key={format}
          label={translate(`app.export.${format}`)}
          title={translate(selection ? "app.export.selected" : "app.export.all", { count })}
          disabled={!count}
          onClick={() => download(exportUrl(resource, format, { filter, sort }))}
        >
          <DownloadIcon />
        </Button>
      ))}
    </>
  );
}
