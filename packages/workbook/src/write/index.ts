export * from "./key-date-ideas";
export * from "./rendered-plan";
export * from "./rows";
export * from "./seasonality";
export * from "./text";
