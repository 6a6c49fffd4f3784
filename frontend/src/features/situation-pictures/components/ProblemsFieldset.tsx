import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entityName, type Names } from '@/lib/names';
import { SelectField, TextAreaField, TextField, type ServerForm } from '@/components/ui/form';
import { Loading } from '@/components/ui/Spinner';
import { MAX_PROBLEMS, PRIORITIES, useAreaInitiatives } from '../api/situation-pictures';
import { emptyProblem, type ProblemState } from '../lib/form';

/**
 * "Identifierade problem": the problems the picture names, each with a title, a description, a
 * priority (1 highest) and the area's initiatives that address it. "Lägg till ett problem" puts the
 * focus in the new one's title; removing one puts it on the next (or on the add button) and says so.
 */
export function ProblemsFieldset({
  form,
  areaId,
  problems,
  names,
  onChange,
}: {
  form: ServerForm;
  areaId: string;
  problems: ProblemState[];
  names: Names;
  onChange: (problems: ProblemState[]) => void;
}) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  // The id of the element to focus once the changed list is rendered, or 'add' for the add button.
  const focus = useRef<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const atMax = problems.length >= MAX_PROBLEMS;

  useEffect(() => {
    const target = focus.current;
    if (!target) return;
    focus.current = null;
    if (target === 'add') addRef.current?.focus();
    else document.getElementById(target)?.focus();
  }, [problems]);

  function add() {
    if (atMax) return;
    const problem = emptyProblem();
    onChange([...problems, problem]);
    setAnnouncement(t('situations.problems.added', { number: problems.length + 1 }));
    focus.current = form.id(`problems[${problems.length}].title`);
  }

  function remove(index: number) {
    const next = problems.filter((_, i) => i !== index);
    onChange(next);
    setAnnouncement(t('situations.problems.removed', { number: index + 1 }));
    const after = next[index] ?? next[index - 1];
    focus.current = after ? problemDomId(after.key) : 'add';
  }

  function update(index: number, problem: ProblemState) {
    onChange(problems.map((p, i) => (i === index ? problem : p)));
  }

  return (
    <fieldset className="situation-problems-edit" id={form.id('problems')} tabIndex={-1}>
      <legend>{t('situations.problems.heading')}</legend>
      <p className="hint">{t('situations.problems.hint')}</p>
      {form.renderError('problems')}
      {problems.length === 0 && <p>{t('situations.problems.noneYet')}</p>}
      <ol className="plain-list situation-problem-list">
        {problems.map((p, i) => (
          <li key={p.key}>
            <ProblemEditor form={form} index={i} problem={p} areaId={areaId} names={names} onChange={(v) => update(i, v)} onRemove={() => remove(i)} />
          </li>
        ))}
      </ol>
      <p>
        <button
          ref={addRef}
          type="button"
          className="button"
          onClick={add}
          aria-disabled={atMax || undefined}
          aria-describedby={atMax ? 'situation-problems-max' : undefined}
        >
          {t('situations.problems.add')}
        </button>
      </p>
      {atMax && (
        <p id="situation-problems-max" className="hint">
          {t('situations.problems.max', { max: MAX_PROBLEMS })}
        </p>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </fieldset>
  );
}

const problemDomId = (key: string) => `situation-${key}`;

function ProblemEditor({
  form,
  index,
  problem,
  areaId,
  names,
  onChange,
  onRemove,
}: {
  form: ServerForm;
  index: number;
  problem: ProblemState;
  areaId: string;
  names: Names;
  onChange: (p: ProblemState) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const number = index + 1;
  const field = (name: string) => `problems[${index}].${name}`;
  return (
    <fieldset className="situation-problem-edit" id={problemDomId(problem.key)} tabIndex={-1}>
      <legend>{t('situations.problems.legend', { number })}</legend>
      <TextField
        form={form}
        field={field('title')}
        label={t('situations.problems.fields.title')}
        required
        maxLength={200}
        value={problem.title}
        onChange={(title) => onChange({ ...problem, title })}
      />
      <TextAreaField
        form={form}
        field={field('description')}
        label={t('situations.problems.fields.description')}
        rows={3}
        maxLength={5000}
        value={problem.description}
        onChange={(description) => onChange({ ...problem, description })}
      />
      <SelectField
        form={form}
        field={field('priority')}
        label={t('situations.problems.fields.priority')}
        hint={t('situations.problems.priorityHint')}
        value={problem.priority}
        onChange={(priority) => onChange({ ...problem, priority })}
        options={PRIORITIES}
        optionLabel={(p) => t(`situations.priorities.${p}`)}
      />
      <InitiativeChecklist
        form={form}
        field={field('initiative_ids')}
        areaId={areaId}
        value={problem.initiative_ids}
        names={names}
        onChange={(initiative_ids) => onChange({ ...problem, initiative_ids })}
      />
      <p>
        <button type="button" className="button button-small" onClick={onRemove}>
          {t('situations.problems.remove', { number })}
        </button>
      </p>
    </fieldset>
  );
}

/**
 * The area's initiatives as checkboxes (the list has no search: an area has few; "Visa fler" while
 * there are more). Chosen ones that are not listed (another area's) stay listed by name.
 */
function InitiativeChecklist({
  form,
  field,
  areaId,
  value,
  names,
  onChange,
}: {
  form: ServerForm;
  field: string;
  areaId: string;
  value: string[];
  names: Names;
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const list = useAreaInitiatives(areaId);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const listed = new Set(items.map((i) => i.id));
  const others = value.filter((id) => !listed.has(id));
  const { invalid, describedBy, error } = form.fieldsetProps(field);
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((v) => v !== id));

  return (
    <fieldset className="situation-initiatives-edit" id={form.id(field)} tabIndex={-1} aria-invalid={invalid || undefined} aria-describedby={describedBy}>
      <legend>{t('situations.problems.fields.initiative_ids')}</legend>
      {error}
      {others.length > 0 && (
        <ul className="checkbox-list">
          {others.map((id) => (
            <li key={id}>
              <label>
                <input type="checkbox" checked onChange={() => toggle(id, false)} /> {entityName(id, names) ?? t('common.nameMissing')}
              </label>
            </li>
          ))}
        </ul>
      )}
      {!areaId ? (
        <p className="hint">{t('situations.problems.chooseAreaFirst')}</p>
      ) : list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <p className="alert alert-error">{t('situations.problems.initiativesFailed')}</p>
      ) : items.length === 0 ? (
        <p className="hint">{t('situations.problems.noInitiatives')}</p>
      ) : (
        <ul className="checkbox-list">
          {items.map((i) => (
            <li key={i.id}>
              <label>
                <input type="checkbox" checked={value.includes(i.id)} onChange={(e) => toggle(i.id, e.target.checked)} /> {i.title}{' '}
                <span className="muted">({t(`initiativeKinds.${i.kind}`).toLowerCase()})</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <p>
          <button type="button" className="button button-small" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {list.isFetchingNextPage ? t('common.loadingMore') : t('situations.problems.moreInitiatives')}
          </button>
        </p>
      )}
    </fieldset>
  );
}
