export * from "./key-date-ideas";
export * from "./rows";
export * from "./seasonality";
export * from "./text";
