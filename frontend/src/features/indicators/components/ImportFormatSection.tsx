import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { csvDataUrl, importTemplate } from '@/lib/indicator-import';
import { IMPORT_COLUMNS, REQUIRED_IMPORT_COLUMNS } from '@/lib/indicators';
import { todayIso } from '@/lib/format';
import { searchAreas } from '@/lib/options';
import { CopyAddress } from '@/components/ui/CopyAddress';
import { EntityCombobox } from '@/components/ui/EntityCombobox';

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,49}$/;

/**
 * "Så ska filen se ut": the columns, separators and decimal commas, and a template to download. The
 * file names areas by id: choosing an area here shows its id to copy and puts it in the template.
 */
export function ImportFormatSection({ code }: { code?: string }) {
  const { t } = useTranslation();
  const [areaId, setAreaId] = useState('');
  const [today] = useState(todayIso);
  const template = importTemplate({
    code: code && CODE.test(code) ? code : undefined,
    areaId,
    placeholders: { code: t('indicators.format.placeholderCode'), areaId: t('indicators.format.placeholderArea') },
  });
  return (
    <section aria-labelledby="import-format" className="indicator-import-format">
      <h2 id="import-format" tabIndex={-1}>
        {t('indicators.format.heading')}
      </h2>
      <ul>
        <li>{t('indicators.format.encoding')}</li>
        <li>{t('indicators.format.header')}</li>
        <li>{t('indicators.format.separators')}</li>
        <li>{t('indicators.format.decimals')}</li>
        <li>{t('indicators.format.replace')}</li>
      </ul>
      <h3>{t('indicators.format.columnsHeading')}</h3>
      <dl className="indicator-import-columns">
        {IMPORT_COLUMNS.map((c) => (
          <div key={c}>
            <dt>
              <code>{c}</code>{' '}
              {(REQUIRED_IMPORT_COLUMNS as readonly string[]).includes(c) ? t('indicators.format.required') : t('indicators.format.optional')}
            </dt>
            <dd>
              {t(`indicators.format.columns.${c}`)}
              {c === 'indicator_code' && (
                <>
                  {' '}
                  <Link to="/indicators">{t('indicators.format.codesLink')}</Link>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <h3>{t('indicators.format.templateHeading')}</h3>
      <p>{t('indicators.format.templateIntro')}</p>
      <EntityCombobox
        id="import-template-area"
        label={t('indicators.format.area')}
        hint={t('indicators.format.areaHint')}
        value={areaId}
        onChange={(id) => setAreaId(id)}
        search={(q) => searchAreas(q, today, (a) => `${a.name} (${t(`areas.kinds.${a.kind}`)})`)}
        cacheKey={`areas-${today}`}
      />
      {areaId && <CopyAddress label={t('indicators.format.areaId')} value={areaId} />}
      <p>{t('indicators.format.templatePreview')}</p>
      <pre className="indicator-import-template">{template}</pre>
      <p>
        <a className="button" href={csvDataUrl(template)} download="indikatorvarden-mall.csv">
          {t('indicators.format.download')}
        </a>
      </p>
    </section>
  );
}
