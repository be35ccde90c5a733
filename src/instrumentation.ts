export async function register() {
  // The database (embedded or real) is prepared once, in the Node.js server process only.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { prepareDatabase } = await import("./server/db/startup");
    await prepareDatabase();
  }
}
