// Where an enterprise user's pages are: light, for the menu and the router.
import { FORM_PAGES } from "../../../entities/enterpriseForms";

/** 我的报名表: an enterprise fills in and submits its forms here. */
export const MY_FORMS_PATH = FORM_PAGES.mine;
