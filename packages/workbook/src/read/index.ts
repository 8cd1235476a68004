export * from "../grid/a1";
export * from "../grid/raw";
export * from "./headers";
export * from "./locate";
export * from "./read-plan";
export * from "./recover";
export * from "./tables";
export * from "./validate";
