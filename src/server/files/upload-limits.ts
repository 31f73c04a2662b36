import { AppError } from '../../shared/errors.ts';
import { formatNumberVi } from '../../shared/format/index.ts';

// What an uploaded table (CSV or XLSX) may cost before anyone reads it. Every importer (births,
// facilities, activity records, population denominators) goes through readTable, which applies
// these limits: the file size and, for XLSX, the zip's entry count and unpacked size are checked
// from the zip's central directory *before* anything is inflated, so a small zip that unpacks to
// hundreds of megabytes is refused in milliseconds. Rows are counted while streaming and the
// parse runs in a worker thread with a time and memory limit (parse-pool.ts).

export interface UploadLimits {
  /** Size of the file as sent. */
  maxBytes: number;
  /** Sum of the declared unpacked sizes of an XLSX's zip entries. */
  maxUncompressedBytes: number;
  maxZipEntries: number;
  /** Data rows read (the header not counted); reading stops at the first row past it. */
  maxRows: number;
  /** The worker reading the file is stopped after this. */
  parseTimeoutMs: number;
  /** Heap of the worker reading the file. */
  workerHeapMb: number;
  /** Parsed on the calling thread: only for the command line, where nobody else waits. */
  inline?: boolean;
}

const MB = 1024 * 1024;

/** Limits for files uploaded through the API (stated in the README's security section). */
export const UPLOAD_LIMITS: UploadLimits = {
  maxBytes: 20 * MB,
  maxUncompressedBytes: 100 * MB,
  maxZipEntries: 200,
  maxRows: 500_000,
  parseTimeoutMs: 60_000,
  workerHeapMb: 1024,
};

/**
 * A file given on the command line by the operator (`canbang births import`): nobody else is
 * waiting on this process, so only the zip checks that protect the machine stay.
 */
export const LOCAL_FILE_LIMITS: UploadLimits = {
  ...UPLOAD_LIMITS,
  maxBytes: 2048 * MB,
  maxUncompressedBytes: 4096 * MB,
  maxRows: Number.POSITIVE_INFINITY,
  parseTimeoutMs: 30 * 60_000,
  workerHeapMb: 4096,
  inline: true,
};

const sizeVi = (bytes: number) => `${formatNumberVi(bytes / MB, bytes < 10 * MB ? 1 : 0)} MB`;

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

/**
 * The entries listed in a zip's central directory (names and sizes), read without inflating
 * anything. Null when the bytes are not a zip. ZIP64 archives (sizes of 0xFFFFFFFF, 65,535
 * entries) are never needed for a spreadsheet within the limits: their sizes read as infinite.
 */
export function zipEntries(buf: Buffer): ZipEntry[] | null {
  // The end-of-central-directory record is in the last 22 + 65,535 (comment) bytes.
  const from = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  if (count === 0xffff) return [{ name: '…', compressedSize: 0, uncompressedSize: Number.POSITIVE_INFINITY }];
  const offset = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return null;
    const size = (v: number) => (v === 0xffffffff ? Number.POSITIVE_INFINITY : v);
    const nameLength = buf.readUInt16LE(at + 28);
    entries.push({
      compressedSize: size(buf.readUInt32LE(at + 20)),
      uncompressedSize: size(buf.readUInt32LE(at + 24)),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

/** Refuses, before parsing, a file whose size or (for XLSX) whose zip directory passes the limits. */
export function checkUpload(fileName: string, content: Buffer, limits: UploadLimits): void {
  if (content.length > limits.maxBytes)
    throw new AppError('PAYLOAD_TOO_LARGE', {
      detail: `Tệp ${fileName} nặng ${sizeVi(content.length)}, quá giới hạn ${sizeVi(limits.maxBytes)} cho một lần nhập. Hãy chia tệp thành nhiều phần.`,
    });
  if (!/\.xlsx$/i.test(fileName)) return;
  const entries = zipEntries(content);
  if (!entries)
    throw new AppError('VALIDATION', { detail: `Không đọc được ${fileName} như tệp Excel (.xlsx).` });
  if (entries.length > limits.maxZipEntries)
    throw new AppError('PAYLOAD_TOO_LARGE', {
      detail: `Tệp ${fileName} chứa ${formatNumberVi(entries.length)} phần, quá giới hạn ${formatNumberVi(limits.maxZipEntries)} phần của một tệp Excel.`,
    });
  const unpacked = entries.reduce((s, e) => s + e.uncompressedSize, 0);
  if (unpacked > limits.maxUncompressedBytes)
    throw new AppError('PAYLOAD_TOO_LARGE', {
      detail: `Tệp ${fileName} khi giải nén nặng ${Number.isFinite(unpacked) ? sizeVi(unpacked) : 'hơn 4 GB'}, quá giới hạn ${sizeVi(limits.maxUncompressedBytes)}. Hãy chia tệp thành nhiều phần hoặc lưu dưới dạng CSV.`,
    });
}

export function tooManyRows(fileName: string, limits: UploadLimits): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', {
    detail: `Tệp ${fileName} có hơn ${formatNumberVi(limits.maxRows)} dòng số liệu, quá giới hạn của một lần nhập. Hãy chia tệp thành nhiều phần.`,
  });
}
