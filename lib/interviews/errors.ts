import { AppError } from "@/lib/errors/app-error";

/** Someone else's interview and a missing one look the same, so ids cannot be probed. */
export const interviewNotFound = () => new AppError("not_found", "No such interview.");
