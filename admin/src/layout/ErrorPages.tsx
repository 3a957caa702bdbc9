// react-admin's error pages, loaded only when one shows (Pages.tsx).
export { AuthenticationError, Error } from "react-admin";
