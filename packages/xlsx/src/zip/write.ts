import { crc32, deflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** Test support: the uncompressed size written in the headers instead of the real one (a lying zip). */
  declaredSize?: number;
}

export interface ZipOptions {
  /** deflate every entry, or store it as is (a reader need not inflate stored data again) */
  compression: "deflate" | "store";
  /** modification time stamped on every entry; without it the DOS date/time fields are 0 */
  at?: Date;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
/** version needed to extract: 2.0, for deflate */
const VERSION = 20;

function dosDateTime(at: Date | undefined): { date: number; time: number } {
  if (!at) return { date: 0, time: 0 };
  return {
    date: ((at.getUTCFullYear() - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
  };
}

/** What the local header and the central directory both say of an entry. */
interface EntryFields {
  method: number;
  time: number;
  date: number;
  crc: number;
  packedSize: number;
  size: number;
  nameLength: number;
}

/**
 * The run of fields the local header (at 4) and the central directory record (at 6, after
 * "version made by") share, in the order APPNOTE 4.3.7 / 4.3.12 give them: version needed,
 * flags, method, time, date, CRC-32, compressed and uncompressed size, name length.
 */
function writeEntryFields(header: Buffer, at: number, f: EntryFields): void {
  header.writeUInt16LE(VERSION, at);
  header.writeUInt16LE(UTF8_NAMES, at + 2);
  header.writeUInt16LE(f.method, at + 4);
  header.writeUInt16LE(f.time, at + 6);
  header.writeUInt16LE(f.date, at + 8);
  header.writeUInt32LE(f.crc, at + 10);
  header.writeUInt32LE(f.packedSize, at + 14);
  header.writeUInt32LE(f.size, at + 18);
  header.writeUInt16LE(f.nameLength, at + 22);
}

/** Writes a zip file (no zip64, no extra fields): the one writer behind every zip this package makes. */
export function writeZip(entries: readonly ZipEntry[], options: ZipOptions): Buffer {
  const { date, time } = dosDateTime(options.at);
  const method = options.compression === "deflate" ? DEFLATE : 0;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const packed = method === DEFLATE ? deflateRawSync(entry.data) : entry.data;
    const size = entry.declaredSize ?? entry.data.length;
    const crc = crc32(entry.data);
    const fields: EntryFields = {
      method,
      time,
      date,
      crc,
      packedSize: packed.length,
      size,
      nameLength: name.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    writeEntryFields(local, 4, fields);
    locals.push(local, name, packed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    central.writeUInt16LE(VERSION, 4);
    writeEntryFields(central, 6, fields);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
