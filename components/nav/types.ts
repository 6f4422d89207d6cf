export type Role = "candidate" | "mentor" | "admin";

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
  if (user.role === "admin") items.push({ href: "/admin", label: "Admin" });
  return items;
}

export function isActivePath(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The interview's whiteboard (/interviews/<id>, not its report) fills the screen: no site footer under it. */
export function isWhiteboardPath(pathname: string): boolean {
  return /^\/interviews\/[^/]+\/?$/.test(pathname);
}
