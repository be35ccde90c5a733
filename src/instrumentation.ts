export async function register() {
  // The database (embedded or real) is prepared once, in the Node.js server process only.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { prepareDatabase } = await import("./server/db/startup");
    try {
      await prepareDatabase();
    } catch (error) {
      // Without its database the portal can only answer errors: stop, and say why.
      console.error("The portal could not start:", error instanceof Error ? error.message : error);
      process.exit(1);
    }
  }
}
