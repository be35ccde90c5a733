/** What a refused message says, by field (types only: the message form imports it). */
export type PostErrorCode = "bodyEmpty" | "bodyTooLong" | "badLanguage" | "tooManyFiles" | "fileTooLarge" | "fileType";
