import type { Language } from "@planbook/core";
import { languageOf } from "../i18n/strings";
import { type DialogMessage, dialogUrl } from "../shared/dialog-message";
import { failedMessage, validatedMessage } from "./messages";

/**
 * The ribbon's function file. Each ExecuteFunction of manifest.xml is associated here and calls
 * `event.completed()` in a finally, or Excel would queue every later click behind it.
 */

/**
 * The engine (zod, core, workbook, the Office binding) is fetched on the first press, not when
 * Office loads the function file; it is the same chunk the task pane uses, so either one fetches
 * it for both. A failed download rejects like any other failure and ends in the error dialog.
 */
const officeBackend = (lang: Language) =>
  import("../shared/office-backend").then((module) => module.officeBackend(lang));

/** Shows `message` in a dialog and resolves once it is closed (or could not be opened). */
function showMessage(message: DialogMessage): Promise<void> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(
      dialogUrl(location.href, message),
      { height: 30, width: 25, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          console.error("Planbook: could not open the message dialog", result.error, message);
          resolve();
          return;
        }
        const dialog = result.value;
        const done = () => {
          dialog.close();
          resolve();
        };
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
        // Closed with the window's own X: the dialog is gone already.
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      },
    );
  });
}

async function validateGoals(event: Office.AddinCommands.Event, lang: Language): Promise<void> {
  try {
    const { findings } = await (await officeBackend(lang)).validate();
    await showMessage(validatedMessage(findings, lang));
  } catch (error) {
    await showMessage(failedMessage(error, lang));
  } finally {
    event.completed();
  }
}

async function refreshProgress(event: Office.AddinCommands.Event, lang: Language): Promise<void> {
  try {
    // Success needs no dialog: the progress columns and the Dashboard change in front of the user.
    await (await officeBackend(lang)).refresh();
  } catch (error) {
    await showMessage(failedMessage(error, lang));
  } finally {
    event.completed();
  }
}

const currentLanguage = (): Language => languageOf(Office.context?.displayLanguage);

const handlers = {
  validateGoals: (event: Office.AddinCommands.Event) => validateGoals(event, currentLanguage()),
  refreshProgress: (event: Office.AddinCommands.Event) => refreshProgress(event, currentLanguage()),
};

// Older Excel 2016 builds have no Office.actions and call the function file's globals by name.
Object.assign(globalThis, handlers);

void Office.onReady().then(() => {
  for (const [name, handler] of Object.entries(handlers)) Office.actions?.associate(name, handler);
});
