export * from "./date";
export * from "./enum";
export * from "./list";
export * from "./number";
export * from "./text";
