import type { ImportReportLabels } from './import-report.tsx';

/** The words of an import dialog (each screen names what it imports). */
export interface ImportModalLabels extends ImportReportLabels {
  title: string;
  intro: string;
  file: string;
  filePlaceholder: string;
  /** The name of the file field's clear button. */
  clearFile?: string;
  fileMissing: string;
  fileWrongType: string;
  checking: string;
  importing: string;
  failed: string;
  close: string;
  check: string;
  submit: (count: number) => string;
}

/** The words of the steps of a dialog that maps columns before the check. */
export interface ImportStepLabels {
  /** Choose a file, map the columns, check, import. */
  steps: readonly [string, string, string, string];
  stepOf: (n: number, total: number, label: string) => string;
  progressLabel: string;
  /** The button that reads the file ("Đọc tệp"). */
  next: string;
  reading: string;
  back: string;
  /** After a check with errors: back to choosing the corrected file. */
  chooseAgain: string;
}
