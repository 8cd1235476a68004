export * from "./a1";
export * from "./headers";
export * from "./locate";
export * from "./raw";
export * from "./read-plan";
export * from "./recover";
export * from "./tables";
export * from "./validate";
