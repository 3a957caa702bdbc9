// Export from the server: the selection, or every record matching the filter, in the list's sort.
// Each button says which file it makes, on a phone too (a short visible word, its own icon, a tooltip and
// a full name for screen readers), never two identical icons.
import DescriptionOutlinedIcon from "@mui/icons-material/DescriptionOutlined";
import GridOnIcon from "@mui/icons-material/GridOn";
import { Button, Tooltip, useMediaQuery, type Theme } from "@mui/material";
import { useListContext, useResourceContext, useTranslate } from "react-admin";
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

const FORMATS = [
  { format: "xlsx", short: "Excel", icon: <GridOnIcon /> },
  { format: "csv", short: "CSV", icon: <DescriptionOutlinedIcon /> },
] as const;

export function ExportButtons({ selection = false }: { selection?: boolean }) {
  const translate = useTranslate();
  const resource = useResourceContext()!;
  const { filterValues, sort, total } = useListContext();
  const bulk = useBulkTarget();
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"));
  const filter = selection && "ids" in bulk.target ? { id: bulk.target.ids } : filterValues;
  const count = selection ? bulk.count : (total ?? 0);
  const scope = translate(selection ? "app.export.selected" : "app.export.all", { count });
  return (
    <>
      {FORMATS.map(({ format, short, icon }) => {
        const label = translate(`app.export.${format}`);
        return (
          <Tooltip key={format} title={`${label}${scope}`} describeChild>
            {/* A disabled button gets no pointer events: the span keeps the tooltip working. */}
            <span>
              <Button
                size="small"
                color="primary"
                startIcon={icon}
                aria-label={phone ? label : undefined}
                disabled={!count}
                onClick={() => download(exportUrl(resource, format, { filter, sort }))}
                sx={{ whiteSpace: "nowrap", minWidth: 0 }}
              >
                {phone ? short : label}
              </Button>
            </span>
          </Tooltip>
        );
      })}
    </>
  );
}
