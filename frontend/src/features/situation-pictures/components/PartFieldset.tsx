import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, type ServerForm } from '@/components/ui/form';
import { CLASSIFICATIONS, type SituationPart } from '../api/situation-pictures';
import type { PartState } from '../lib/form';
import { ClassificationBadge } from './SituationParts';

/**
 * One of the law's three parts in the form: its heading as the legend, the text, and who may read it.
 * A part whose text the caller may not read is explained instead, and left as it is.
 */
export function PartFieldset({ form, part, value, onChange }: { form: ServerForm; part: SituationPart; value: PartState; onChange: (v: PartState) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="situation-part-edit">
      <legend>{t(`situations.parts.${part}`)}</legend>
      {value.withheld ? (
        <>
          <p>
            {t('situations.fields.classification')}: <ClassificationBadge classification={value.classification} />
          </p>
          <p className="alert alert-info">{t('situations.withheldInForm')}</p>
        </>
      ) : (
        <>
          <TextAreaField
            form={form}
            field={part}
            label={t('situations.fields.text')}
            hint={t(`situations.partHints.${part}`)}
            rows={8}
            maxLength={50000}
            value={value.text}
            onChange={(text) => onChange({ ...value, text })}
          />
          <SelectField
            form={form}
            field={`${part}_classification`}
            label={t('situations.fields.classification')}
            hint={t('situations.fields.classificationHint')}
            value={value.classification}
            onChange={(classification) => onChange({ ...value, classification })}
            options={CLASSIFICATIONS}
            optionLabel={(c) => t(`situations.classifications.${c}`)}
          />
        </>
      )}
    </fieldset>
  );
}
