import "server-only";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";

export const INBOX_VIEWS = ["open", "answered"] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];
export const INBOX_PAGE_SIZE = 30;

/** The contact form's messages for the coordinators (`contactMessage.read`): open ones oldest first, answered ones newest first. */
export async function listContactMessages(principal: Principal | null, view: InboxView, page = 1) {
  await authorize(principal, "contactMessage.read");
  const where = view === "open" ? { answeredAt: null } : { answeredAt: { not: null } };
  const [total, open, rows] = await Promise.all([
    db().contactMessage.count({ where }),
    db().contactMessage.count({ where: { answeredAt: null } }),
    db().contactMessage.findMany({
      where,
      orderBy: view === "open" ? [{ receivedAt: "asc" }, { id: "asc" }] : [{ answeredAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * INBOX_PAGE_SIZE,
      take: INBOX_PAGE_SIZE,
      select: { id: true, name: true, organisation: true, subject: true, receivedAt: true, answeredAt: true },
    }),
  ]);
  return { total, open, pages: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)), rows };
}

/** How many messages wait for an answer (`contactMessage.read`), for the coordinators' desk. */
export async function countOpenContactMessages(principal: Principal | null): Promise<number> {
  await authorize(principal, "contactMessage.read");
  return db().contactMessage.count({ where: { answeredAt: null } });
}

/** One message with its answer, if any (`contactMessage.read`); null when there is none. */
export async function getContactMessage(principal: Principal | null, id: number) {
  await authorize(principal, "contactMessage.read", undefined);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const m = await db().contactMessage.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      organisation: true,
      subject: true,
      message: true,
      locale: true,
      receivedAt: true,
      answer: true,
      answeredAt: true,
      answeredBy: { select: { name: true, email: true } },
    },
  });
  if (!m) return null;
  return { ...m, answeredBy: m.answeredBy ? (m.answeredBy.name ?? m.answeredBy.email) : null };
}

export type ContactMessageView = NonNullable<Awaited<ReturnType<typeof getContactMessage>>>;
