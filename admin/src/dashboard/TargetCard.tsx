// One programme figure against its target, with a progress bar; without a target, the figure alone.
import { Card, CardContent, LinearProgress, Typography } from "@mui/material";

export function TargetCard({
  title,
  value,
  target,
  hint,
}: {
  title: string;
  value: number;
  target: number | null;
  hint?: string;
}) {
  const share = target ? Math.min(100, (value / target) * 100) : 0;
  return (
    <Card sx={{ minWidth: 0 }}>
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {title}
        </Typography>
        <Typography variant="h5" sx={{ my: 0.5 }}>
          {value}
          {target !== null ? (
            <Typography component="span" color="text.secondary">
              {" "}
              / {target}
            </Typography>
          ) : null}
        </Typography>
        {target !== null ? (
          <LinearProgress
            variant="determinate"
            value={share}
            color={share >= 100 ? "success" : "primary"}
            aria-label={title}
            sx={{ height: 8, borderRadius: 4 }}
          />
        ) : null}
        <Typography variant="caption" color="text.secondary">
          {[target !== null ? `${Math.round((value / (target || 1)) * 100)}%` : null, hint].filter(Boolean).join(" · ")}
        </Typography>
      </CardContent>
    </Card>
  );
}
