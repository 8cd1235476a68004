export * from "./active";
export * from "./keys";
export * from "./lookup";
export * from "./share";
export * from "./weights";
