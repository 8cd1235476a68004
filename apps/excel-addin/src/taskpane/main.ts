import "./taskpane.css";
import { languageOf, strings } from "../i18n/strings";
import { TaskPane } from "./app";
import { lazyBackend } from "./lazy-backend";

function start(): void {
  // Tells the page's fallback script (taskpane.html) that this module runs here.
  document.documentElement.setAttribute("data-planbook", "started");
  const root = document.getElementById("app");
  if (!root) return;
  if (typeof Office === "undefined") {
    // Opened in a plain browser, or the CDN was blocked: say so in both languages.
    root.replaceChildren(
      ...(["en", "zh-CN"] as const).map((lang) => {
        const p = document.createElement("p");
        p.setAttribute("role", "alert");
        p.lang = lang;
        p.textContent = strings(lang).officeMissing;
        return p;
      }),
    );
    return;
  }
  // The promise form of onReady: the callback form is not offered by every Office stand-in.
  void Office.onReady().then(() => {
    const lang = languageOf(Office.context.displayLanguage);
    const backend = lazyBackend(() => import("../shared/office-backend").then((m) => m.officeBackend(lang)));
    new TaskPane(root, backend, lang);
    // After the first paint the engine downloads while the user reads the pane, so the first click
    // rarely waits on it.
    requestAnimationFrame(() => setTimeout(() => backend.preload(), 0));
  });
}

start();
