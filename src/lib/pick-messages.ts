/** A catalogue (or part of one): messages by key, nested. */
export type MessageTree = { [key: string]: string | MessageTree };

/**
 * The parts of `messages` at the dotted `namespaces` ("accounts.signIn", "areas"), in their
 * places, and nothing else. Throws on a namespace the catalogue does not have: a client component
 * would otherwise show its message keys instead of text.
 */
export function pickMessages(messages: MessageTree, namespaces: readonly string[]): MessageTree {
  const picked: MessageTree = {};
  for (const namespace of namespaces) {
    const path = namespace.split(".");
    let from: MessageTree | string | undefined = messages;
    let into = picked;
    path.forEach((key, i) => {
      from = typeof from === "object" ? from[key] : undefined;
      if (from === undefined) throw new Error(`No messages at "${namespace}"`);
      if (i === path.length - 1) into[key] = from;
      else {
        const next = into[key];
        into = into[key] = typeof next === "object" ? next : {};
      }
    });
  }
  return picked;
}
