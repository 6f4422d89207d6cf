// Next.js calls register() once per server process; the Node.js work lives in lib/startup.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startNodeServer } = await import("@/lib/startup/node");
    await startNodeServer();
  }
}
