// `npm run bench:conversations` (DATABASE_URL: a database with the demo data): times, in this
// process, the inbox (listInbox and the header's unreadTotal) of EU staff, a hromada's editor and
// a coordinator, reading a conversation of 500 messages (readConversation, which also moves the
// read mark), and writing in it (postMessage, with its mail), each 30 times after a warm-up; prints
// p50 and p95 in ms. It adds 101 requests of its own (C4C-BN…) with their conversations, and
// deletes them, their mail and their audit lines afterwards.
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import type { Principal } from "../src/server/auth/principal";

// Run without the react-server condition (next-intl's mail translator needs React's client build),
// so "server-only" is taken as the empty module it is on the server before the portal's modules load.
const require = createRequire(import.meta.url);
const marker = require.resolve("server-only");
require.cache[marker] = Object.assign(new (require("node:module"))(marker), { loaded: true, exports: {} });
const { loadPrincipal } = await import("../src/server/auth/principal");
const { listInbox, unreadTotal } = await import("../src/server/conversations/inbox");
const { readConversation } = await import("../src/server/conversations/read");
const { postMessage } = await import("../src/server/conversations/post");
const { ensureConversation } = await import("../src/server/conversations/open");
const { db } = await import("../src/server/db/client");

const CONVERSATIONS = 100;
const PER_CONVERSATION = 10;
const BIG = 500;
const RUNS = 30;

const client = db();
const lviv = await client.municipality.findUniqueOrThrow({ where: { slug: "lviv" }, select: { id: true } });
const sindelfingen = await client.municipality.findUniqueOrThrow({ where: { slug: "sindelfingen" }, select: { id: true } });
const people = { staff: "demo-staff-sindelfingen", editor: "demo-editor-lviv", coordinator: "demo-coordinator" } as const;
const principal = async (id: string): Promise<Principal> => (await loadPrincipal(id))!;

async function cleanup() {
  const ids = (await client.partnershipRequest.findMany({ where: { reference: { startsWith: "C4C-BN" } }, select: { id: true } })).map((r) => r.id);
  const conversations = (await client.conversation.findMany({ where: { requestId: { in: ids } }, select: { id: true } })).map((c) => String(c.id));
  await client.outboxMessage.deleteMany({ where: { subject: { contains: "C4C-BN" } } });
  await client.auditEvent.deleteMany({ where: { objectType: "conversation", objectId: { in: conversations } } });
  await client.partnershipRequest.deleteMany({ where: { id: { in: ids } } });
}

async function fixture(): Promise<number> {
  let big = 0;
  for (let i = 0; i <= CONVERSATIONS; i++) {
    const request = await client.partnershipRequest.create({
      data: {
        reference: `C4C-BN${String(i).padStart(4, "0")}`,
        submissionToken: randomUUID(),
        ukrainianMunicipalityId: lviv.id,
        euMunicipalityId: sindelfingen.id,
        message: "A request of the conversations benchmark.",
        requesterName: "Bench",
        requesterRole: "Bench",
        requesterEmail: "bench@bench.invalid",
        requesterUserId: people.staff,
        languages: ["en"],
        locale: "en",
        status: "WITHDRAWN",
      },
      select: { id: true },
    });
    const id = await ensureConversation({ requestId: request.id, partnershipId: null });
    const count = i === 0 ? BIG : PER_CONVERSATION;
    const start = Date.now() - count * 60_000 - i * 1000;
    await client.conversationMessage.createMany({
      data: Array.from({ length: count }, (_, n) => ({
        conversationId: id,
        authorUserId: n % 2 === 0 ? people.staff : people.editor,
        body: `Message ${n} of the benchmark: heat pumps, water pumping stations and a school roof. https://example.org/${n}`,
        language: n % 2 === 0 ? "de" : "uk",
        createdAt: new Date(start + n * 60_000),
      })),
    });
    const last = await client.conversationMessage.findFirstOrThrow({ where: { conversationId: id }, orderBy: { id: "desc" }, select: { createdAt: true } });
    await client.conversation.update({ where: { id }, data: { lastMessageAt: last.createdAt } });
    if (i === 0) big = id;
  }
  return big;
}

async function time(label: string, run: () => Promise<unknown>) {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1).padStart(7);
  console.log(`${label.padEnd(44)} p50 ${at(0.5)} ms  p95 ${at(0.95)} ms`);
}

await cleanup();
try {
  const big = await fixture();
  const staff = await principal(people.staff);
  const editor = await principal(people.editor);
  const coordinator = await principal(people.coordinator);
  const total = await client.conversation.count();
  console.log(`${total} conversations in the database, ${await client.conversationMessage.count()} messages; the big one holds ${BIG}.`);
  await time("inbox, EU staff (listInbox)", () => listInbox(staff));
  await time("inbox, hromada editor (listInbox)", () => listInbox(editor));
  await time("inbox, coordinator (listInbox)", () => listInbox(coordinator));
  await time("header count, EU staff (unreadTotal)", () => unreadTotal(staff));
  await time("header count, coordinator (unreadTotal)", () => unreadTotal(coordinator));
  await time(`conversation of ${BIG} messages (readConversation)`, () => readConversation(editor, big));
  await time(`writing in it (postMessage, with mail)`, () =>
    postMessage(staff, big, { body: "One more message of the benchmark.", language: "en", files: [] }, "http://localhost:3000"),
  );
} finally {
  await cleanup();
  await client.$disconnect();
}
