import type { Language } from "@planbook/core";
import type { WorkbookFileErrorCode, WorkbookFileErrorValue } from "./errors";

type Text = (v: WorkbookFileErrorValue) => string;

const mb = (bytes: number | undefined) =>
  bytes === undefined ? "?" : `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
const inPartEn = (v: WorkbookFileErrorValue) => (v.part ? ` (in ${v.part})` : "");
const inPartZh = (v: WorkbookFileErrorValue) => (v.part ? `（位于 ${v.part}）` : "");

/**
 * What each unreadable file is told, in both languages. Built only from the typed value's own
 * fields — never from `detail` — so no library's wording can reach a user.
 */
const TEXT: Record<WorkbookFileErrorCode, Record<Language, Text>> = {
  "file.not-found": {
    en: (v) => `${v.file}: no such file. Check the file name and folder.`,
    "zh-CN": (v) => `${v.file}：找不到该文件。请检查文件名和所在文件夹。`,
  },
  "file.unreadable": {
    en: (v) =>
      `${v.file}: the file exists but cannot be opened (a folder, or no permission to read it). Check its permissions.`,
    "zh-CN": (v) => `${v.file}：文件存在但无法打开（是文件夹，或没有读取权限）。请检查文件权限。`,
  },
  "file.too-large": {
    en: (v) =>
      `${v.file}: the file is too large (${mb(v.size)}; the limit is ${mb(v.limit)}). Remove pictures or old data and save it again.`,
    "zh-CN": (v) =>
      `${v.file}：文件过大（${mb(v.size)}，上限 ${mb(v.limit)}）。请删除图片或旧数据后重新保存。`,
  },
  "file.zip-bomb": {
    en: (v) =>
      `${v.file}: refused — the file unpacks to far more data than a workbook holds${inPartEn(v)}. Open it in Excel and save a fresh copy.`,
    "zh-CN": (v) =>
      `${v.file}：已拒绝——文件解压后的数据量远超正常工作簿${inPartZh(v)}。请用 Excel 打开并另存一份。`,
  },
  "file.not-xlsx": {
    en: (v) =>
      `${v.file}: not an Excel workbook (.xlsx). Save it from your spreadsheet program as "Excel Workbook (.xlsx)".`,
    "zh-CN": (v) => `${v.file}：不是 Excel 工作簿（.xlsx）。请在表格软件中另存为“Excel 工作簿 (.xlsx)”。`,
  },
  "file.legacy-xls": {
    en: (v) =>
      `${v.file}: an old-format Excel 97–2003 workbook (.xls). Open it and save it as "Excel Workbook (.xlsx)".`,
    "zh-CN": (v) =>
      `${v.file}：这是旧版 Excel 97–2003 工作簿（.xls）。请打开后另存为“Excel 工作簿 (.xlsx)”。`,
  },
  "file.encrypted": {
    en: (v) =>
      `${v.file}: the workbook is protected with a password to open. Remove the password (File → Info → Protect Workbook) and save it again.`,
    "zh-CN": (v) => `${v.file}：工作簿设置了打开密码。请取消密码（文件 → 信息 → 保护工作簿）后重新保存。`,
  },
  "file.corrupt": {
    en: (v) =>
      `${v.file}: the workbook is damaged${inPartEn(v)}. Open it in Excel (which offers to repair it) and save it again, or use a backup.`,
    "zh-CN": (v) =>
      `${v.file}：工作簿已损坏${inPartZh(v)}。请用 Excel 打开（Excel 会尝试修复）后重新保存，或使用备份。`,
  },
};

/** The user's message for an unreadable file. */
export function fileErrorText(value: WorkbookFileErrorValue, lang: Language): string {
  return TEXT[value.code][lang](value);
}
