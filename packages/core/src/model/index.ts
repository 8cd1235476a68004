export * from "./enums";
export * from "./finding";
export * from "./plan";
export * from "./rules";
