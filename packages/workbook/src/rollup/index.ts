export * from "./labels";
export * from "./layout";
