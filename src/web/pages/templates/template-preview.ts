/** The template editor's preview: a sample commune and the conference it would get. Pure, so tested alone. */
import { instantiateTemplate } from '../../../core/conference/instantiate.ts';
import type { ConferenceTemplate } from '../../../core/conference/template.ts';
import type { Conference } from '../../../core/conference/types.ts';
import { compareVietnamese } from '../../../core/vietnamese/collate.ts';
import type { ConferenceTemplateRecord } from '../../../shared/api/conferences.ts';
import type { Unit } from '../../../shared/api/units.ts';

export interface SampleUnit {
  typeLabel: string;
  name: string;
  fullName: string;
}

/** A commune to show the template with, as if it created a conference: the user's own, or the first. */
export function sampleUnit(units: Iterable<Unit>, homeUnitId: string | null): SampleUnit {
  const communes = [...units].filter((u) => u.kind === 'commune');
  const own = communes.find((u) => u.id === homeUnitId);
  const unit = own ?? communes.sort((a, b) => compareVietnamese(a.fullName, b.fullName))[0];
  return unit
    ? { typeLabel: unit.typeLabel.toLocaleLowerCase('vi'), name: unit.name, fullName: unit.fullName }
    : { typeLabel: 'xã', name: 'Mẫu', fullName: 'Xã Mẫu' };
}

/** The conference a sample commune would get from the template, or null while the draft cannot make one. */
export function previewConferenceOf(
  template: ConferenceTemplate,
  sample: SampleUnit,
  record: Pick<ConferenceTemplateRecord, 'id' | 'updatedAt'>,
  version: number,
): Conference | null {
  try {
    const made = instantiateTemplate(template, sample);
    const stamp = record.updatedAt;
    return {
      ...made,
      id: record.id,
      unitId: '',
      status: 'draft',
      version,
      createdAt: stamp,
      updatedAt: stamp,
    };
  } catch {
    return null;
  }
}
