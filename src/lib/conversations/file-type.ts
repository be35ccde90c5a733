/**
 * What a file sent with a message is, read from its content (never its name or the type the
 * browser claims): PDF, PNG, JPEG, WebP, and the office formats (Word, Excel, PowerPoint and
 * OpenDocument), which are ZIP archives recognised by their inner structure. Macro-enabled office
 * files and anything else are refused.
 */
export type FileKind = { contentType: string; extension: string; inline: boolean };

const KINDS = {
  pdf: { contentType: "application/pdf", extension: "pdf", inline: false },
  png: { contentType: "image/png", extension: "png", inline: true },
  jpeg: { contentType: "image/jpeg", extension: "jpg", inline: true },
  webp: { contentType: "image/webp", extension: "webp", inline: true },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx", inline: false },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx", inline: false },
  pptx: { contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extension: "pptx", inline: false },
  odt: { contentType: "application/vnd.oasis.opendocument.text", extension: "odt", inline: false },
  ods: { contentType: "application/vnd.oasis.opendocument.spreadsheet", extension: "ods", inline: false },
  odp: { contentType: "application/vnd.oasis.opendocument.presentation", extension: "odp", inline: false },
} satisfies Record<string, FileKind>;

const startsWith = (data: Uint8Array, bytes: readonly number[], at = 0) => bytes.every((b, i) => data[at + i] === b);
const ascii = (data: Uint8Array, from: number, to: number) => String.fromCharCode(...data.subarray(from, Math.min(to, data.length)));

export function sniffFileKind(data: Uint8Array): FileKind | null {
  if (ascii(data, 0, 5) === "%PDF-") return KINDS.pdf;
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return KINDS.png;
  if (startsWith(data, [0xff, 0xd8, 0xff])) return KINDS.jpeg;
  if (ascii(data, 0, 4) === "RIFF" && ascii(data, 8, 12) === "WEBP") return KINDS.webp;
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) return officeKind(data);
  return null;
}

/** An office document: OpenDocument by its stored `mimetype` entry, Office Open XML by its parts. */
function officeKind(data: Uint8Array): FileKind | null {
  const names = zipEntryNames(data);
  if (!names) return null;
  // Macros travel in a VBA project part (docm, xlsm …): never accepted, whatever the rest says.
  if (names.some((n) => /vbaProject\.bin$/i.test(n))) return null;
  if (names[0] === "mimetype") {
    // The first entry, stored uncompressed: its content follows the local header (30 bytes + name "mimetype").
    const nameLength = data[26] | (data[27] << 8);
    const extraLength = data[28] | (data[29] << 8);
    const start = 30 + nameLength + extraLength;
    const mime = ascii(data, start, start + 60);
    if (mime.startsWith(KINDS.odt.contentType) && !mime.startsWith(`${KINDS.odt.contentType}-`)) return KINDS.odt;
    if (mime.startsWith(KINDS.ods.contentType) && !mime.startsWith(`${KINDS.ods.contentType}-`)) return KINDS.ods;
    if (mime.startsWith(KINDS.odp.contentType) && !mime.startsWith(`${KINDS.odp.contentType}-`)) return KINDS.odp;
    return null;
  }
  if (!names.includes("[Content_Types].xml")) return null;
  if (names.includes("word/document.xml")) return KINDS.docx;
  if (names.includes("xl/workbook.xml")) return KINDS.xlsx;
  if (names.includes("ppt/presentation.xml")) return KINDS.pptx;
  return null;
}

/** The names in a ZIP archive's central directory, in order; null when it is not a readable archive. */
export function zipEntryNames(data: Uint8Array): string[] | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  // The end-of-central-directory record: 22 bytes, then a comment of at most 65,535.
  const lowest = Math.max(0, data.length - 22 - 65_535);
  let end = -1;
  for (let i = data.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder("utf-8", { fatal: false });
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > data.length) return null;
    names.push(decoder.decode(data.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/**
 * The name the file is kept and offered under: the last segment of what was sent, without
 * control or quoting characters, at most 120 characters, ending in the extension of what it is.
 */
export function safeFileName(sent: string, kind: FileKind): string {
  const base = (sent.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f"<>:|?*;]/g, "")
    .trim()
    .slice(0, 120);
  const stem = base.replace(/\.[^.]*$/, "") || "attachment";
  const own = base.toLowerCase().endsWith(`.${kind.extension}`) || (kind.extension === "jpg" && /\.jpe?g$/i.test(base));
  return own ? base : `${stem}.${kind.extension}`;
}
