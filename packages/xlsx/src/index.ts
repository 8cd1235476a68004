export * from "./read";
export * from "./render";
export { readEntries, writeZip, type ZipEntry } from "./zip";
