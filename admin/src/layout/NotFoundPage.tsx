// 页面不存在: an address that leads nowhere, in the page's own words, with the way back.
import { Box, Button, Typography } from "@mui/material";
import { Link } from "react-router-dom";
import { Title, usePermissions, useTranslate } from "react-admin";
import type { Permissions } from "../authProvider";

export function NotFoundPage() {
  const translate = useTranslate();
  // The way home: 待办, or for an enterprise its 我的报名表 (its landing page).
  const { permissions } = usePermissions<Permissions>();
  const home = permissions?.user.role === "enterprise" ? "app.myForms.home" : "app.not_found.home";
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
        {translate(home)}
      </Button>
    </Box>
  );
}
