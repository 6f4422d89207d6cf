import type { Role } from "@/lib/auth/roles";

export interface HeaderUser {
  name: string;
  email: string;
  role: Role;
}

export interface NavItem {
  href: string;
  /** The link's words, a key of the "nav.items" catalogue. */
  label: "prompts" | "dashboard" | "history" | "reviews" | "admin";
}

/** The primary navigation a user of this role sees. */
export function navItemsFor(user: HeaderUser | null): NavItem[] {
  const items: NavItem[] = [{ href: "/prompts", label: "prompts" }];
  if (!user) return items;
  items.push({ href: "/dashboard", label: "dashboard" }, { href: "/history", label: "history" });
  if (user.role === "mentor" || user.role === "admin") items.push({ href: "/mentor", label: "reviews" });
  if (user.role === "admin") items.push({ href: "/admin", label: "admin" });
  return items;
}

export function isActivePath(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
