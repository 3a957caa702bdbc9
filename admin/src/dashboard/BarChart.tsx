// A small horizontal grouped bar chart in SVG: one row per category, one bar per series.
import { useTheme } from "@mui/material";

export interface Series {
  label: string;
  color: string;
  values: number[];
}

export function BarChart({ categories, series, title }: { categories: string[]; series: Series[]; title: string }) {
  const theme = useTheme();
  const row = 8 + series.length * 9;
  const left = 96;
  const width = 560;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const scale = (v: number) => ((width - left - 40) * v) / max;
  const height = categories.length * row + 28;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={title}
      style={{ fontFamily: "inherit" }}
    >
      {series.map((s, i) => (
        <g key={s.label} transform={`translate(${left + i * 110}, 4)`}>
          <rect width="10" height="10" fill={s.color} />
          <text x="14" y="9" fontSize="10" fill={theme.palette.text.secondary}>
            {s.label}
          </text>
        </g>
      ))}
      {categories.map((c, i) => (
        <g key={c} transform={`translate(0, ${24 + i * row})`}>
          <text
            x={left - 6}
            y={row / 2}
            fontSize="10"
            textAnchor="end"
            dominantBaseline="middle"
            fill={theme.palette.text.primary}
          >
            {c.length > 7 ? c.slice(0, 6) + "…" : c}
          </text>
          {series.map((s, j) => (
            <g key={s.label}>
              <rect x={left} y={4 + j * 9} height="7" width={scale(s.values[i])} fill={s.color} rx="1" />
              <text x={left + scale(s.values[i]) + 3} y={10 + j * 9} fontSize="8" fill={theme.palette.text.secondary}>
                {s.values[i]}
              </text>
            </g>
          ))}
        </g>
      ))}
    </svg>
  );
}
