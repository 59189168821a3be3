import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportResultBase } from './import-report.tsx';

/** The stages of an import: choose a file, map its columns (when the screen has that step), check, done. */
export type ImportStage = 'file' | 'mapping' | 'checked' | 'done';

/**
 * The state of an import dialog: the file, the optional reading step (`read`, for a column mapping),
 * the check (a dry run) and the import, and which stage the dialog is at.
 */
export function useImportFlow<R extends ImportResultBase, P>(options: {
  send: (file: File, dryRun: boolean) => Promise<R>;
  read?: (file: File) => Promise<P>;
  onImported: () => void;
  messages: { fileMissing: string; fileWrongType: string };
}) {
  const [stage, setStage] = useState<ImportStage>('file');
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [preview, setPreview] = useState<P | null>(null);
  const [result, setResult] = useState<R | null>(null);

  const read = useMutation({
    mutationFn: (f: File) => (options.read as (file: File) => Promise<P>)(f),
    onSuccess: (p) => {
      setPreview(p);
      setResult(null);
      setStage('mapping');
    },
  });
  const send = useMutation({
    mutationFn: (dryRun: boolean) => options.send(file as File, dryRun),
    onSuccess: (r) => {
      setResult(r);
      setStage(r.ok && !r.dryRun ? 'done' : 'checked');
      // Not awaited: the dialog says "done" at once while the list reloads behind it.
      if (r.ok && !r.dryRun) options.onImported();
    },
  });

  /** The chosen file is an .xlsx: true; otherwise the field says why. */
  function fileReady(): boolean {
    const problem = !file
      ? options.messages.fileMissing
      : /\.xlsx$/i.test(file.name)
        ? null
        : options.messages.fileWrongType;
    setFileProblem(problem);
    return problem === null;
  }

  return {
    stage,
    setStage,
    file,
    chooseFile(f: File | null) {
      setFile(f);
      setResult(null);
      setFileProblem(null);
    },
    fileProblem,
    preview,
    result,
    /** "Đọc tệp": reads the file for the mapping step. */
    readFile() {
      if (fileReady()) read.mutate(file as File);
    },
    /** "Kiểm tra": a dry run; without a mapping step, the file is checked first. */
    check() {
      if (!options.read && !fileReady()) return;
      send.mutate(true);
    },
    importAll() {
      send.mutate(false);
    },
    reading: read.isPending,
    /** The dry-run flag of the request under way, or null when none is. */
    sending: send.isPending ? (send.variables ?? null) : null,
    error: read.error ?? send.error,
    reset() {
      setStage('file');
      setFile(null);
      setPreview(null);
      setResult(null);
      setFileProblem(null);
      read.reset();
      send.reset();
    },
  };
}
