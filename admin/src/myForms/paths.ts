// Where an enterprise user's pages are: light, for the menu and the router (the paths of
// entities/enterpriseForms.ts FORM_PAGES, through labels.ts).
import { FORM_PAGES } from "../../../entities/labels";

/** 我的报名表: an enterprise fills in and submits its forms here. */
export const MY_FORMS_PATH = FORM_PAGES.mine;
/** 企业首次登录: the page that turns an invitation code into an account (outside the signed-in layout). */
export const ACCEPT_PATH = FORM_PAGES.accept;
