import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FieldError, ImportSummary } from '@/api/types';
import { formatFileSize } from '@/lib/format';
import { MAX_IMPORT_BYTES } from '@/lib/indicators';
import { isApiError } from '@/lib/problem';
import { problemText } from '@/lib/problem-text';
import { RequiredMark, TextAreaField, useServerForm, type Errors } from '@/components/ui/form';
import { useImportIndicatorValues } from '../api/indicators';
import { ImportErrorsTable } from './ImportErrorsTable';

/** The refusals of the file itself (too large, not CSV, empty): shown at the file's field. */
const FILE_PROBLEMS = ['file_too_large', 'payload_too_large', 'unsupported_media_type', 'empty_file'];

type Mode = 'file' | 'text';

type Stage =
  | { kind: 'choose' }
  /** Checked: what an import would write; `body` is exactly what was checked and what "Importera" sends. */
  | { kind: 'preview'; body: Blob | string; summary: ImportSummary }
  | { kind: 'errors'; errors: FieldError[]; dryRun: boolean }
  | { kind: 'done'; summary: ImportSummary };

/**
 * Choose or paste → "Förhandsgranska" (`dry_run=true`) → the preview or the errors → "Importera"
 * (`dry_run=false`) → the result. Changing the file drops the preview, so what is imported is always
 * what was previewed. The preview and the result are said in a `role="status"` region; the errors'
 * heading and the result take the focus when they appear.
 */
export function ImportValuesForm({ onRestart }: { onRestart: () => void }) {
  const { t, i18n } = useTranslation();
  const importer = useImportIndicatorValues();
  const headingId = useId();
  const [mode, setMode] = useState<Mode>('file');
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [importing, setImporting] = useState(false);
  const [importProblem, setImportProblem] = useState<string | null>(null);
  const errorsHeadingRef = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const form = useServerForm({
    prefix: 'indicator-import',
    isKnownField: (f) => f === 'file' || f === 'text',
    labelFor: (f) => (f === 'text' ? t('indicators.import.text') : t('indicators.import.file')),
  });
  const exists = (k: string) => i18n.exists(k);
  const size = (bytes: number) => formatFileSize(bytes, i18n.language);

  useEffect(() => {
    if (stage.kind === 'errors') errorsHeadingRef.current?.focus();
    if (stage.kind === 'done') doneRef.current?.focus();
  }, [stage]);
  useEffect(() => {
    if (importProblem) problemRef.current?.focus();
  }, [importProblem]);

  /** Any change to what would be sent drops the preview (or the errors) of the previous one. */
  function changed() {
    setStage({ kind: 'choose' });
    setImportProblem(null);
  }

  async function preview() {
    const field = mode;
    const errs: Errors = {};
    let body: Blob | string | null = null;
    if (mode === 'file') {
      if (!file) errs.file = t('indicators.import.fileRequired');
      else if (file.size === 0) errs.file = t('indicators.import.empty');
      else if (file.size > MAX_IMPORT_BYTES) errs.file = t('indicators.import.tooLarge', { size: size(file.size) });
      else body = file;
    } else if (!text.trim()) {
      errs.text = t('indicators.import.textRequired');
    } else {
      body = text;
    }
    setImportProblem(null);
    if (form.clientErrors(errs) || body === null) return;
    const sent = body;
    const outcome: { summary?: ImportSummary; errors?: FieldError[]; refused?: unknown } = {};
    await form.submit(async () => {
      try {
        outcome.summary = await importer.mutateAsync({ file: sent, dryRun: true });
      } catch (err) {
        // Bad cells are not the form's fields: they go to the table below.
        if (isApiError(err) && err.status === 422 && err.fieldErrors.length > 0) {
          outcome.errors = err.fieldErrors;
          return;
        }
        if (isApiError(err) && FILE_PROBLEMS.includes(err.problem?.code ?? '')) outcome.refused = err;
        throw err;
      }
    });
    if (outcome.refused) {
      form.clientErrors({ [field]: problemText(t, exists, outcome.refused) });
      setStage({ kind: 'choose' });
    } else if (outcome.errors) setStage({ kind: 'errors', errors: outcome.errors, dryRun: true });
    else if (outcome.summary) setStage({ kind: 'preview', body: sent, summary: outcome.summary });
    else setStage({ kind: 'choose' });
  }

  async function runImport(body: Blob | string) {
    setImporting(true);
    setImportProblem(null);
    try {
      const summary = await importer.mutateAsync({ file: body, dryRun: false });
      setStage({ kind: 'done', summary });
    } catch (err) {
      // The data changed since the preview (an indicator removed): the errors, as after a preview.
      if (isApiError(err) && err.status === 422 && err.fieldErrors.length > 0) setStage({ kind: 'errors', errors: err.fieldErrors, dryRun: false });
      else setImportProblem(problemText(t, exists, err));
    } finally {
      setImporting(false);
    }
  }

  const counts = (s: ImportSummary) =>
    t('indicators.import.counts', {
      rows: t('indicators.import.rows', { count: s.rows }),
      created: t('indicators.import.created', { count: s.created }),
      updated: t('indicators.import.updated', { count: s.updated }),
      unchanged: t('indicators.import.unchanged', { count: s.unchanged }),
    });
  const statusText =
    stage.kind === 'preview'
      ? `${t('indicators.import.previewDone')} ${counts(stage.summary)} ${stage.summary.created + stage.summary.updated === 0 ? t('indicators.import.nothingToDo') : t('indicators.import.nothingWritten')}`
      : stage.kind === 'done'
        ? `${t('indicators.import.done')} ${counts(stage.summary)}`
        : '';
  const fileId = form.id('file');
  const fileHintId = `${fileId}-hint`;

  return (
    <>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('indicators.import.chooseHeading')}</h2>
        <form
          className="form indicator-import-form"
          aria-labelledby={headingId}
          aria-busy={form.pending || undefined}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void preview();
          }}
        >
          {form.renderSummary()}
          <fieldset className="radio-group">
            <legend>{t('indicators.import.modeLegend')}</legend>
            {(['file', 'text'] as const).map((m) => (
              <label key={m} className="radio">
                <input
                  type="radio"
                  name="import-mode"
                  value={m}
                  checked={mode === m}
                  onChange={() => {
                    setMode(m);
                    changed();
                  }}
                />{' '}
                {t(`indicators.import.modes.${m}`)}
              </label>
            ))}
          </fieldset>
          {mode === 'file' ? (
            <div className="field">
              <label htmlFor={fileId}>
                {t('indicators.import.file')}
                <RequiredMark />
              </label>
              <p id={fileHintId} className="hint">
                {t('indicators.import.fileHint')}
              </p>
              {form.renderError('file')}
              <input
                {...form.fieldProps('file', fileHintId)}
                type="file"
                accept=".csv,text/csv"
                required
                aria-required
                disabled={form.pending || importing}
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  changed();
                }}
              />
              {file && <p className="hint">{t('indicators.import.chosen', { name: file.name, size: size(file.size) })}</p>}
            </div>
          ) : (
            <TextAreaField
              form={form}
              field="text"
              label={t('indicators.import.text')}
              hint={t('indicators.import.textHint')}
              required
              rows={8}
              spellCheck={false}
              className="monospace"
              value={text}
              onChange={(v) => {
                setText(v);
                changed();
              }}
            />
          )}
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={form.pending || importing}>
              {form.pending ? t('indicators.import.checking') : t('indicators.import.check')}
            </button>
          </div>
        </form>
      </section>

      <div role="status" className="indicator-import-status">
        {statusText && <p>{statusText}</p>}
      </div>

      {stage.kind === 'preview' && (
        <div className="button-row indicator-import-actions">
          {stage.summary.created + stage.summary.updated > 0 && (
            <button type="button" className="button button-primary" disabled={importing} onClick={() => void runImport(stage.body)}>
              {importing ? t('indicators.import.importing') : t('indicators.import.submit')}
            </button>
          )}
        </div>
      )}

      {importProblem && (
        <div ref={problemRef} className="alert alert-error" role="alert" tabIndex={-1}>
          <p>{importProblem}</p>
        </div>
      )}

      {stage.kind === 'errors' && (
        <section aria-labelledby={`${headingId}-errors`} className="indicator-import-errors">
          <h2 id={`${headingId}-errors`} ref={errorsHeadingRef} tabIndex={-1}>
            {t('indicators.import.errorsHeading')}
          </h2>
          <p>{t(stage.dryRun ? 'indicators.import.errorsIntro' : 'indicators.import.errorsOnImport', { count: stage.errors.length })}</p>
          <ImportErrorsTable errors={stage.errors} />
        </section>
      )}

      {stage.kind === 'done' && (
        <div ref={doneRef} tabIndex={-1} className="alert alert-success indicator-import-done">
          <p>{t('indicators.import.doneNext')}</p>
          <div className="button-row">
            <Link to="/indicators" className="button">
              {t('indicators.import.toIndicators')}
            </Link>
            <button type="button" className="button" onClick={onRestart}>
              {t('indicators.import.again')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
