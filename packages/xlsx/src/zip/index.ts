export { listEntries, openZip, readEntries } from "./read";
export { writeZip, type ZipEntry } from "./write";
