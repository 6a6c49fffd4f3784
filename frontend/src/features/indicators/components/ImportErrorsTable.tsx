import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '@/api/types';
import { importErrorText, parseImportErrors } from '@/lib/indicator-import';
import { TableWrap } from '@/components/list/TableWrap';

/** The most bad cells listed; the rest are counted, never dropped silently. */
export const SHOWN_ERRORS = 500;

/** The bad cells of an import file as a table: Rad, Kolumn, Fel (by code, in the page's language). */
export function ImportErrorsTable({ errors }: { errors: readonly FieldError[] }) {
  const { t, i18n } = useTranslation();
  const rows = parseImportErrors(errors);
  const shown = rows.slice(0, SHOWN_ERRORS);
  const captionId = useId();
  return (
    <>
      <TableWrap captionId={captionId}>
        <table className="indicator-import-errors-table">
          <caption id={captionId}>{t('indicators.import.errorsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicators.import.errorRow')}</th>
              <th scope="col">{t('indicators.import.errorColumn')}</th>
              <th scope="col">{t('indicators.import.errorText')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e, i) => (
              <tr key={i}>
                <td>{e.row === null ? t('indicators.import.wholeFile') : e.row === 1 ? t('indicators.import.headerRow') : e.row}</td>
                <td>{e.column ? <code>{e.column}</code> : e.row === null ? t('common.none') : t('indicators.import.wholeRow')}</td>
                <td>{importErrorText(t, (k) => i18n.exists(k), e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {rows.length > shown.length && <p>{t('indicators.import.moreErrors', { shown: shown.length, count: rows.length })}</p>}
    </>
  );
}
