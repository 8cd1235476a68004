export { defineMessages, type MessageCatalog, type SameMessages } from "./define-messages";
export { foldKeyDateName, foldLabel, foldMetricName } from "./fold";
