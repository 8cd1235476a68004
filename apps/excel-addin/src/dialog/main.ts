import "../taskpane/taskpane.css";
import { strings } from "../i18n/strings";
import { parseDialogHash } from "../shared/dialog-message";
import { h } from "../taskpane/dom";

/** The message dialog the ribbon commands open: a title, a few lines and a Close button. */
function render(): void {
  const root = document.getElementById("dialog");
  if (!root) return;
  const message = parseDialogHash(location.hash);
  if (message === null) {
    root.replaceChildren(
      h("p", { role: "alert" }, "Planbook: no message to show. / Planbook：没有可显示的消息。"),
    );
    return;
  }
  const t = strings(message.lang);
  document.documentElement.lang = message.lang;
  document.title = message.title;
  const close = () => {
    if (typeof Office !== "undefined" && Office.context?.ui?.messageParent)
      Office.context.ui.messageParent("close");
    else window.close();
  };
  const closeButton = h("button", { type: "button", class: "pb-button pb-primary", onclick: close }, t.close);
  root.replaceChildren(
    h(
      "section",
      { role: message.tone === "error" ? "alert" : "status", "aria-labelledby": "pb-dialog-title" },
      h("h1", { id: "pb-dialog-title" }, message.title),
      ...message.lines.map((line) => h("p", {}, line)),
      h("div", { class: "pb-form-actions" }, closeButton),
    ),
  );
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
  });
  closeButton.focus();
}

if (typeof Office !== "undefined") void Office.onReady().then(render);
else render();
