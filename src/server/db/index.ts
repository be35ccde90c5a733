export { db } from "./client";
export { Prisma } from "@/generated/prisma/client";
