// Roles come from Prisma's generated enum (prisma/schema.prisma), the one list of them. The
// enums module is plain constants, so client components may import this file too.
import { Role } from "@/lib/db/generated/enums";

export { Role };

/** Every role, in the schema's order: candidate, mentor, admin. */
export const ROLES: readonly Role[] = Object.values(Role);
