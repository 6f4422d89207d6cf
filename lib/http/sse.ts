/**
 * A streaming answer as server-sent events, the shape lib/http/route.ts describes: the handler
 * has already run its checks (those errors are JSON as usual); from here on, the stream
 * reports its own errors as an `error` event with the AppError's code and message.
 */
import { AppError } from "@/lib/errors/app-error";

export type SendEvent = (event: string, data: unknown) => void;

export function sseResponse(request: Request, run: (send: SendEvent, signal: AbortSignal) => Promise<void>): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send: SendEvent = (event, data) => {
        if (request.signal.aborted) return;
        controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      };
      try {
        await run(send, request.signal);
      } catch (error) {
        const known = error instanceof AppError ? error : null;
        if (!known) console.error("[scaleboard] stream failed:", error);
        send("error", {
          code: known?.code ?? "internal",
          error: known?.message ?? "Something went wrong on our side. Try again in a moment.",
        });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform" },
  });
}
