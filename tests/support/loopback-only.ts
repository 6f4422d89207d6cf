/**
 * Keeps a test process on this machine: every fetch (the OpenAI SDK's included) to a host
 * other than loopback is refused before it leaves, and every host asked for is recorded so a
 * test can prove it. Install before any client is created (the SDK keeps the fetch it found).
 */
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

export interface LoopbackGuard {
  /** Hosts of every request made, in order, refused ones included. */
  hosts: string[];
  refused: string[];
  restore: () => void;
}

export function installLoopbackOnly(): LoopbackGuard {
  const original = globalThis.fetch;
  const guard: LoopbackGuard = {
    hosts: [],
    refused: [],
    restore: () => {
      globalThis.fetch = original;
    },
  };
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    guard.hosts.push(url.hostname);
    if (!LOOPBACK.has(url.hostname)) {
      guard.refused.push(url.href);
      return Promise.reject(new TypeError(`fetch to ${url.host} refused: tests stay on loopback`));
    }
    return original(input, init);
  };
  return guard;
}
