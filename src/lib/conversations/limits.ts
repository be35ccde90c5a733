import { routing } from "@/i18n/routing";

/** What a message may hold; the form states them and the server checks them (src/server/conversations/post.ts). */
export const MESSAGE_MAX_CHARS = 8000;
export const MAX_ATTACHMENTS = 3;
/** Each file, and all the files of one message together. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** A message with its files as a form post: the proxy lets the conversation page's posts be this large (src/proxy.ts). */
export const MESSAGE_POST_LIMIT_BYTES = MAX_ATTACHMENT_BYTES + 1024 * 1024;

/** The languages a message can be marked as written in: the portal's, or another. */
export const MESSAGE_LANGUAGES = [...routing.locales, "other"] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];
export const isMessageLanguage = (value: unknown): value is MessageLanguage => (MESSAGE_LANGUAGES as readonly unknown[]).includes(value);

/** Which form posts are conversations' (their page's path without the locale): `/inbox/<id>`. */
export const isConversationPath = (path: string) => /^\/[a-z]{2}\/inbox\/\d{1,10}$/.test(path);
