import { crc32, deflateRawSync } from "node:zlib";
import yauzl from "yauzl";

interface Entry {
  name: string;
  data: Buffer;
}

function readEntries(zip: Buffer): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (err, file) => {
      if (err || !file) return reject(err ?? new Error("cannot open zip"));
      const entries: Entry[] = [];
      file.on("entry", (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith("/")) return file.readEntry();
        file.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error(`cannot read ${entry.fileName}`));
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("error", reject);
          stream.on("end", () => {
            entries.push({ name: entry.fileName, data: Buffer.concat(chunks) });
            file.readEntry();
          });
        });
      });
      file.on("end", () => resolve(entries));
      file.on("error", reject);
      file.readEntry();
    });
  });
}

function dosDateTime(at: Date): { date: number; time: number } {
  return {
    date: ((at.getUTCFullYear() - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
  };
}

function writeZip(entries: readonly Entry[], at: Date): Buffer {
  const { date, time } = dosDateTime(at);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const fileName = Buffer.from(name, "utf8");
    const packed = deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: deflate
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, fileName, packed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * exceljs gives each modern data bar a random GUID linking the rule to its x14 extension; the
 * same GUID, in order of appearance, becomes a counter-based one, so the link survives and the
 * bytes repeat. (The fixed `ext uri` GUIDs are not matched: only ids of x14 rules are.)
 */
function stableRuleIds(xml: string, sheet: number): string {
  const ids = new Map<string, string>();
  const stable = (guid: string) => {
    let id = ids.get(guid);
    if (id === undefined) {
      const n = (sheet * 4096 + ids.size + 1).toString(16).toUpperCase().padStart(12, "0");
      id = `{00000000-0000-4000-8000-${n}}`;
      ids.set(guid, id);
    }
    return id;
  };
  return xml
    .replace(/<x14:id>(\{[0-9A-Fa-f-]{36}\})<\/x14:id>/g, (_, g: string) => `<x14:id>${stable(g)}</x14:id>`)
    .replace(
      /(<x14:cfRule [^>]*id=")(\{[0-9A-Fa-f-]{36}\})"/g,
      (_, pre: string, g: string) => `${pre}${stable(g)}"`,
    );
}

/**
 * Re-packs the workbook exceljs wrote so the same plan gives the same bytes: JSZip stamps each
 * entry with the current time (all entries get `at` instead) and data bars carry random ids.
 */
export async function deterministicXlsx(zip: Buffer, at: Date): Promise<Buffer> {
  const entries = await readEntries(zip);
  const sheetNumber = (name: string) => Number(/worksheets\/sheet(\d+)\.xml$/.exec(name)?.[1] ?? 0);
  return writeZip(
    entries.map((e) =>
      // Only sheets with x14 rules carry ids; the others pass through without a decode/encode.
      /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name) && e.data.includes("<x14:id>")
        ? {
            name: e.name,
            data: Buffer.from(stableRuleIds(e.data.toString("utf8"), sheetNumber(e.name)), "utf8"),
          }
        : e,
    ),
    at,
  );
}
