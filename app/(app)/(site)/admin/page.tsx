import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RoleForm } from "@/components/admin/role-form";
import { LocalDate } from "@/components/time/local-date";
import { RoleBadge } from "@/components/nav/role-badge";
import { Card } from "@/components/ui/card";
import { Container, PageHeader } from "@/components/ui/page";
import { listUsers } from "@/lib/admin/users";
import { requireSession } from "@/lib/http/page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

export default async function AdminPage() {
  const { user, db } = await requireSession();
  // Not for other roles, and not even hinted at: the same 404 as a page that does not exist.
  if (user.role !== "admin") notFound();
  const [users, t] = await Promise.all([listUsers(db), getTranslations("admin")]);

  return (
    <Container className="py-10 sm:py-12">
      <PageHeader eyebrow={t("title")} title={t("heading")} description={t("description")} />
      <Card className="mt-8 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("table.caption")}</caption>
          <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-6 py-3 font-medium">
                {t("table.name")}
              </th>
              <th scope="col" className="px-6 py-3 font-medium">
                {t("table.email")}
              </th>
              <th scope="col" className="px-6 py-3 font-medium">
                {t("table.joined")}
              </th>
              <th scope="col" className="px-6 py-3 font-medium">
                {t("table.role")}
              </th>
              <th scope="col" className="px-6 py-3 font-medium">
                {t("table.changeRole")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((row) => (
              <tr key={row.id}>
                <td className="px-6 py-3 font-medium text-slate-900">{row.name}</td>
                <td className="px-6 py-3 text-slate-600">{row.email}</td>
                <td className="px-6 py-3 text-slate-600">
                  <LocalDate value={row.createdAt.toISOString()} />
                </td>
                <td className="px-6 py-3">
                  <RoleBadge role={row.role} />
                </td>
                <td className="px-6 py-3">
                  <RoleForm userId={row.id} email={row.email} role={row.role} isSelf={row.id === user.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </Container>
  );
}
