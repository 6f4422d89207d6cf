import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Role } from "@/lib/auth/roles";

const roleStyle: Record<Role, { label: string; tone: BadgeTone }> = {
  candidate: { label: "Candidate", tone: "neutral" },
  mentor: { label: "Mentor", tone: "accent" },
  admin: { label: "Admin", tone: "warning" },
};

export function RoleBadge({ role }: { role: Role }) {
  const style = roleStyle[role];
  return (
    <Badge tone={style.tone}>
      <span className="sr-only">Role: </span>
      {style.label}
    </Badge>
  );
}
