export * from "./validate-plan";
