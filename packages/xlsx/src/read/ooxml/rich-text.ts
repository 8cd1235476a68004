/**
 * The text of one rich-text string (CT_Rst): a shared string's `<si>` or an inline string's
 * `<is>`. Plain text is its `<t>`; rich text the `<t>` of each `<r>` run, concatenated. Phonetic
 * runs (`<rPh>`, furigana) hold `<t>` too, but they are annotations, not cell text. The shared-string
 * table and the worksheet's inline strings both read their strings through this, as SAX events
 * arrive; the caller says where its string element starts and ends and passes the SpreadsheetML
 * elements and the character data in between.
 */
export class RichTextReader {
  private inString = false;
  private phonetic = 0;
  private inText = false;
  private value = "";

  /** The string element (`<si>`, `<is>`) opened: a new string starts, empty. */
  begin(): void {
    this.inString = true;
    this.phonetic = 0;
    this.inText = false;
    this.value = "";
  }

  /** The string element closed: its text. */
  end(): string {
    this.inString = false;
    this.inText = false;
    return this.value;
  }

  /** A SpreadsheetML element opened (by local name); outside a string element it is not ours. */
  open(local: string): void {
    if (!this.inString) return;
    if (local === "rPh") this.phonetic++;
    else if (local === "t") this.inText = this.phonetic === 0;
  }

  /** A SpreadsheetML element closed (by local name). */
  close(local: string): void {
    if (!this.inString) return;
    if (local === "rPh") this.phonetic--;
    else if (local === "t") this.inText = false;
  }

  /** Character data: kept when it is the string's own text. */
  text(t: string): void {
    if (this.inText) this.value += t;
  }
}
