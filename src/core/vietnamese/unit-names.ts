/** Names of commune-level units since 1/7/2025: a type word ("Phường", "Xã", "Đặc khu") and a proper name. */

/** The type words of the commune level, lower case as shown in running text. */
export type CommuneTypeLabel = 'phường' | 'xã' | 'đặc khu';

/** All commune-level type words, longest first so that prefixes never shadow each other. */
export const COMMUNE_TYPE_LABELS: readonly CommuneTypeLabel[] = ['đặc khu', 'phường', 'xã'];

/** A unit name split into its type word and its proper name. */
export interface UnitNameParts {
  typeLabel: CommuneTypeLabel;
  name: string;
}

/**
 * Splits "Đặc khu Bạch Long Vĩ" into { typeLabel: 'đặc khu', name: 'Bạch Long Vĩ' }; the type word
 * may be in any case. Throws when the name does not start with a commune-level type word.
 */
export function splitUnitName(fullName: string): UnitNameParts {
  const clean = fullName.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const lower = clean.toLowerCase();
  for (const typeLabel of COMMUNE_TYPE_LABELS) {
    if (lower.startsWith(`${typeLabel} `)) {
      const name = clean.slice(typeLabel.length + 1);
      if (name !== '') return { typeLabel, name };
    }
  }
  throw new Error(`Not a commune-level unit name (phường, xã, đặc khu): "${fullName}"`);
}

/** The inverse of `splitUnitName`: joinUnitName('xã', 'An Phú') === "Xã An Phú". */
export function joinUnitName(typeLabel: CommuneTypeLabel, name: string): string {
  return `${typeLabel.charAt(0).toUpperCase()}${typeLabel.slice(1)} ${name}`;
}
