import "server-only";
import { notFound, redirect } from "next/navigation";
import { Forbidden } from "@/server/auth/principal";

/**
 * Runs a page's domain call; a refusal becomes the sign-in page for the signed-out and a 404
 * for the signed-in who may not see it (the workspace's existence is nobody else's business).
 */
export async function orRefused<T>(locale: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof Forbidden) {
      if (!error.signedIn) redirect(`/${locale}/sign-in`);
      notFound();
    }
    throw error;
  }
}
