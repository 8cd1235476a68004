export * from "./combine";
export * from "./messages";
export * from "./summarize";
export * from "./types";
