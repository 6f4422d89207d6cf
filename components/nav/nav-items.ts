import type { Role } from "@/lib/auth/roles";

export interface HeaderUser {
  name: string;
  email: string;
  role: Role;
}

export interface NavItem {
  href: string;
  label: string;
}

/** The primary navigation a user of this role sees. */
export function navItemsFor(user: HeaderUser | null): NavItem[] {
  const items: NavItem[] = [{ href: "/prompts", label: "Prompts" }];
  if (!user) return items;
  items.push({ href: "/dashboard", label: "Dashboard" }, { href: "/history", label: "History" });
  if (user.role === "mentor" || user.role === "admin") items.push({ href: "/mentor", label: "Reviews" });
  if (user.role === "admin") items.push({ href: "/admin", label: "Admin" });
  return items;
}

export function isActivePath(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
