export * from "./rules";
export * from "./validate-plan";
