/** Stored files (portraits, vote minutes, certificate backgrounds): storage only; each feature reads its own. */
export { findFileMeta, insertFile, readFileData, type StoredFile } from './files.repo.ts';
export { checkMinutes, MAX_UPLOAD_BYTES, preparePortrait } from './uploads.ts';
