export { listEntries, openZip, readEntries } from "./read";
export { writeZip, type ZipEntry, type ZipOptions } from "./write";
