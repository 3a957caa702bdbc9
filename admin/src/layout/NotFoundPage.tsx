// 页面不存在: an address that leads nowhere, in the page's own words, with the way back.
import { Box, Button, Typography } from "@mui/material";
import { Link } from "react-router-dom";
import { Title, useTranslate } from "react-admin";

export function NotFoundPage() {
  const translate = useTranslate();
  return (
    <Box sx={{ my: 6, textAlign: "center" }}>
      <Title title={translate("app.not_found.title")} />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate("app.not_found.title")}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {translate("app.not_found.body")}
      </Typography>
      <Button variant="contained" component={Link} to="/">
        {translate("app.not_found.home")}
      </Button>
    </Box>
  );
}
