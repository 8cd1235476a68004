/**
 * How the system tests start Chromium (docs: PITFALLS, "Headless browser"): Debian's chromium, no
 * sandbox, GPU or background traffic. Pass to playwright-core's `chromium.launch()`, which gives
 * the browser a fresh temporary profile and deletes it on close.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
