export * from "./spec";
export * from "./types";
