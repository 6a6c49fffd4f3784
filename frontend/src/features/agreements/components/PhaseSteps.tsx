import { useTranslation } from 'react-i18next';
import type { AgreementPhase } from '@/api/types';
import { AGREEMENT_PHASES } from '../api/agreements';

/** Brå's five steps, with the current one marked in text (not colour only). */
export function PhaseSteps({ phase }: { phase: AgreementPhase }) {
  const { t } = useTranslation();
  const current = AGREEMENT_PHASES.indexOf(phase);
  return (
    <ol className="phase-steps" aria-label={t('agreements.phaseSteps')}>
      {AGREEMENT_PHASES.map((p, i) => {
        const state = i < current ? 'done' : i === current ? 'current' : 'todo';
        return (
          <li key={p} className={`phase-step phase-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="phase-number" aria-hidden="true">
              {i + 1}
            </span>{' '}
            <span>{t(`agreements.phases.${p}`)}</span>
            <span className="visually-hidden"> ({t(`agreements.stepState.${state}`)})</span>
          </li>
        );
      })}
    </ol>
  );
}
