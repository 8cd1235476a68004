export * from "./read";
export * from "./render";
