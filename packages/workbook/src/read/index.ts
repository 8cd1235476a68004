export * from "./raw";
