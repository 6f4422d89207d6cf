// Public pages (the landing page, the prompt catalog, sign-in and sign-up) in the site's frame.
export { SiteFrame as default } from "@/components/nav/site-frame";
