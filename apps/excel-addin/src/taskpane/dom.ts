type Child = Node | string | null | undefined | false;
type Prop = string | number | boolean | null | undefined | ((event: Event) => void);

/**
 * Creates an element: `on…` props become listeners, `true` a bare boolean attribute, `false`,
 * null and undefined leave the attribute out, anything else is set as attribute text.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, Prop> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === "function") el.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) el.setAttribute(name, "");
    else if (value !== false && value !== null && value !== undefined) el.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) el.append(child);
  }
  return el;
}

/** A pane section headed by `heading` and named by it for screen readers (aria-labelledby). */
export function paneSection(name: string, heading: string): HTMLElement {
  const headingId = `pb-${name}-heading`;
  return h(
    "section",
    { class: "pb-section", "aria-labelledby": headingId },
    h("h2", { id: headingId }, heading),
  );
}
