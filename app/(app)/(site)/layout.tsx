// Signed-in pages in the site's frame: dashboard, history, admin, reports.
export { SiteFrame as default } from "@/components/nav/site-frame";
