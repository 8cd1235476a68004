export { foldKeyDateName, foldLabel, foldMetricName } from "./fold";
