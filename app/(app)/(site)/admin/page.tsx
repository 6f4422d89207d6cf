import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RoleForm } from "@/components/admin/role-form";
import { LocalDate } from "@/components/time/local-date";
import { RoleBadge } from "@/components/nav/role-badge";
import { Card } from "@/components/ui/card";
import { Container, PageHeader } from "@/components/ui/page";
import { listUsers } from "@/lib/admin/users";
import { requireSession } from "@/lib/http/page";

export const metadata: Metadata = { title: "Admin" };
export const dynamic = "force-dynamic";

export default async function AdminPage() {
  const { user, db } = await requireSession();
  // Not for other roles, and not even hinted at: the same 404 as a page that does not exist.
  if (user.role !== "admin") notFound();
  const users = await listUsers(db);

  return (
    <Container className="py-10 sm:py-12">
      <PageHeader
        eyebrow="Admin"
        title="People and roles"
        description="Grant the mentor role to reviewers, or the admin role to those who run Scaleboard with you."
      />
      <Card className="mt-8 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Every account with its role</caption>
          <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-6 py-3 font-medium">
                Name
              </th>
              <th scope="col" className="px-6 py-3 font-medium">
                Email
              </th>
              <th scope="col" className="px-6 py-3 font-medium">
                Joined
              </th>
              <th scope="col" className="px-6 py-3 font-medium">
                Role
              </th>
              <th scope="col" className="px-6 py-3 font-medium">
                Change role
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
