import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import { recordAudit } from "@/server/audit/record";
import { DomainError } from "@/server/errors";
import type { InterpreterInput } from "@/lib/interpretation/forms";

export type InterpreterErrorCode = "notFound" | "emailTaken";

const LIST_SELECT = {
  id: true,
  name: true,
  languagePairs: true,
  paid: true,
  availability: true,
  contact: true,
  active: true,
  user: { select: { email: true } },
  _count: { select: { assignments: true } },
} as const;

type Row = Prisma.InterpreterGetPayload<{ select: typeof LIST_SELECT }>;
const shape = ({ user, _count, ...r }: Row) => ({ ...r, email: user.email, assignments: _count.assignments });
export type InterpreterRow = ReturnType<typeof shape>;

/** Whether the principal keeps the interpreters (interpreter.manage); refused and audited otherwise. */
export async function authorizeInterpreters(principal: Principal | null, id?: number): Promise<Principal> {
  return authorize(principal, "interpreter.manage", id === undefined ? undefined : { type: "interpreter", id });
}

/** Every interpreter, active ones first, by name. */
export async function listInterpreters(principal: Principal | null): Promise<InterpreterRow[]> {
  await authorizeInterpreters(principal);
  const rows = await db().interpreter.findMany({ select: LIST_SELECT, orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }] });
  return rows.map(shape);
}

/** One interpreter for the edit form; DomainError notFound for an unknown id (after the permission check). */
export async function getInterpreter(principal: Principal | null, id: number): Promise<InterpreterRow> {
  await authorizeInterpreters(principal, id);
  const row = Number.isSafeInteger(id) && id > 0 ? await db().interpreter.findUnique({ where: { id }, select: LIST_SELECT }) : null;
  if (!row) throw new DomainError<InterpreterErrorCode>("notFound");
  return shape(row);
}

/**
 * The account of `email`, made when there is none (the person signs in with a link to it), and
 * refused when it already belongs to another interpreter than `keep`.
 */
async function accountFor(tx: Prisma.TransactionClient, email: string, name: string, keep: number | null): Promise<string> {
  const user = await tx.user.upsert({
    where: { email },
    update: {},
    create: { email, name },
    select: { id: true, name: true, interpreter: { select: { id: true } } },
  });
  if (user.interpreter && user.interpreter.id !== keep) throw new DomainError<InterpreterErrorCode>("emailTaken", "email");
  // An account without a name takes the interpreter's, so that both sides read who interprets.
  if (!user.name) await tx.user.update({ where: { id: user.id }, data: { name } });
  return user.id;
}

/** Adds an interpreter, linking the account of their address (made if new). */
export async function createInterpreter(principal: Principal | null, input: InterpreterInput): Promise<{ id: number }> {
  const actor = await authorizeInterpreters(principal);
  return db().$transaction(async (tx) => {
    const userId = await accountFor(tx, input.email, input.name, null);
    const row = await tx.interpreter.create({
      data: { userId, name: input.name, languagePairs: input.languagePairs, paid: input.paid, availability: input.availability, contact: input.contact },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "interpreter.manage",
      objectType: "interpreter",
      objectId: String(row.id),
      outcome: "ALLOWED",
      detail: { op: "create", languagePairs: input.languagePairs },
    });
    return row;
  });
}

/** Saves an interpreter; a changed address links them to that address's account instead. */
export async function updateInterpreter(principal: Principal | null, id: number, input: InterpreterInput): Promise<{ id: number }> {
  const actor = await authorizeInterpreters(principal, id);
  if (!Number.isSafeInteger(id) || id <= 0) throw new DomainError<InterpreterErrorCode>("notFound");
  return db().$transaction(async (tx) => {
    const current = await tx.interpreter.findUnique({ where: { id }, select: { id: true } });
    if (!current) throw new DomainError<InterpreterErrorCode>("notFound");
    const userId = await accountFor(tx, input.email, input.name, id);
    await tx.interpreter.update({
      where: { id },
      data: { userId, name: input.name, languagePairs: input.languagePairs, paid: input.paid, availability: input.availability, contact: input.contact },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "interpreter.manage",
      objectType: "interpreter",
      objectId: String(id),
      outcome: "ALLOWED",
      detail: { op: "update", languagePairs: input.languagePairs },
    });
    return { id };
  });
}

/**
 * Deactivates (or brings back) an interpreter: a deactivated one keeps their account and their
 * past assignments but reads nothing as an interpreter and is offered for no new assignment.
 */
export async function setInterpreterActive(principal: Principal | null, id: number, active: boolean): Promise<void> {
  const actor = await authorizeInterpreters(principal, id);
  if (!Number.isSafeInteger(id) || id <= 0) throw new DomainError<InterpreterErrorCode>("notFound");
  await db().$transaction(async (tx) => {
    const changed = await tx.interpreter.updateMany({ where: { id }, data: { active } });
    if (changed.count === 0) throw new DomainError<InterpreterErrorCode>("notFound");
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "interpreter.manage",
      objectType: "interpreter",
      objectId: String(id),
      outcome: "ALLOWED",
      detail: { op: active ? "activate" : "deactivate" },
    });
  });
}
