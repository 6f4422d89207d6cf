import Link from "next/link";
import { Container } from "@/components/ui/page";
import { LogoMark } from "./logo";

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white">
      <Container className="flex flex-col gap-3 py-6 text-sm text-slate-500 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex items-center gap-2">
          <LogoMark className="size-5" />
          <span>Scaleboard: practise system-design interviews on a whiteboard, graded rule by rule.</span>
        </div>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            <li>
              <Link href="/prompts" className="rounded-sm hover:text-slate-900">
                Prompts
              </Link>
            </li>
            <li>
              <Link href="/#grading-api" className="rounded-sm hover:text-slate-900">
                Grading API
              </Link>
            </li>
          </ul>
        </nav>
      </Container>
    </footer>
  );
}
