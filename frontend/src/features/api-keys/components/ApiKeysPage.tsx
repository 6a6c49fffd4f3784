import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKey, IssuedApiKey } from '@/api/types';
import { formatDateTime } from '@/lib/format';
import { useCan } from '@/lib/permissions';
import { isApiError } from '@/lib/problem';
import { problemText } from '@/lib/problem-text';
import { DataTable, type Column } from '@/components/list/DataTable';
import { ListView } from '@/components/list/ListView';
import { ConfirmAction } from '@/components/ui/ConfirmAction';
import { CopyAddress } from '@/components/ui/CopyAddress';
import { Form, TextField, useServerForm } from '@/components/ui/form';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useApiKeys, useIssueApiKey, useRevokeApiKey } from '../api/apiKeys';

/**
 * `/api-nycklar` (admins): the keys Open311 clients (e.g. FixMyStreet) send with their requests to
 * `/open311/v2/requests.json`. Issuing one shows its secret once, with a copy button; revoking one
 * is behind a confirmation.
 */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const can = useCan();
  useDocumentTitle(t('apiKeys.title'));
  const list = useApiKeys();
  const [issued, setIssued] = useState<IssuedApiKey | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const issuedRef = useRef<HTMLHeadingElement>(null);
  const forbidden = list.isError && isApiError(list.error) && list.error.status === 403;

  const columns: Column<ApiKey>[] = [
    { id: 'name', header: t('apiKeys.fields.name'), rowHeader: true, cell: (k) => k.name },
    { id: 'prefix', header: t('apiKeys.fields.prefix'), cell: (k) => <code>{k.prefix}…</code> },
    { id: 'created', header: t('apiKeys.fields.created'), cell: (k) => t('apiKeys.createdBy', { date: formatDateTime(k.created_at), name: k.created_by_name }) },
    { id: 'used', header: t('apiKeys.fields.lastUsed'), cell: (k) => (k.last_used_at ? formatDateTime(k.last_used_at) : t('apiKeys.neverUsed')) },
    {
      id: 'status',
      header: t('apiKeys.fields.status'),
      cell: (k) =>
        k.revoked_at ? (
          <span className="badge badge-dissolved">{t('apiKeys.revokedOn', { date: formatDateTime(k.revoked_at) })}</span>
        ) : (
          <span className="badge badge-active">{t('apiKeys.active')}</span>
        ),
    },
    {
      id: 'actions',
      header: t('apiKeys.fields.actions'),
      cell: (k) =>
        can('revoke', k) ? (
          <RevokeButton
            apiKey={k}
            onDone={(message) => {
              setStatus(message);
              setTimeout(() => statusRef.current?.focus(), 0);
            }}
          />
        ) : (
          t('common.none')
        ),
    },
  ];

  return (
    <>
      <h1>{t('apiKeys.title')}</h1>
      <p>{t('apiKeys.intro')}</p>
      <p>
        {t('apiKeys.endpoint')} <code className="break-all">{`${window.location.origin}/open311/v2/requests.json`}</code>
      </p>
      {forbidden ? (
        <div className="alert alert-info">
          <p>{t('apiKeys.adminsOnly')}</p>
        </div>
      ) : (
        <>
          {issued && (
            <section className="alert alert-warning issued-key" aria-labelledby="issued-key-heading">
              <h2 id="issued-key-heading" ref={issuedRef} tabIndex={-1}>
                {t('apiKeys.issued.heading', { name: issued.api_key.name })}
              </h2>
              <p>
                <strong>{t('apiKeys.issued.warning')}</strong>
              </p>
              <CopyAddress
                label={t('apiKeys.issued.keyLabel')}
                value={issued.key}
                hint={t('apiKeys.issued.keyHint')}
                messages={{ copied: t('apiKeys.issued.copied'), copyByHand: t('apiKeys.issued.copyByHand') }}
              />
              <button type="button" className="button" onClick={() => setIssued(null)}>
                {t('apiKeys.issued.done')}
              </button>
            </section>
          )}
          {can('create', list.data?.pages[0]) && (
            <section aria-labelledby="issue-key-heading">
              <h2 id="issue-key-heading">{t('apiKeys.issue.heading')}</h2>
              <IssueKeyForm
                key={formKey}
                onIssued={(k) => {
                  setIssued(k);
                  setStatus('');
                  setFormKey((n) => n + 1);
                  setTimeout(() => issuedRef.current?.focus(), 0);
                }}
              />
            </section>
          )}
          <section aria-labelledby="keys-heading">
            <h2 id="keys-heading">{t('apiKeys.listHeading')}</h2>
            <p ref={statusRef} role="status" tabIndex={-1} className="result-status">
              {status}
            </p>
            <ListView list={list} empty={t('apiKeys.none')}>
              {(items) => <DataTable caption={t('apiKeys.listHeading')} columns={columns} rows={items} rowKey={(k) => k.id} stacked />}
            </ListView>
          </section>
        </>
      )}
    </>
  );
}

/** The name of the client a key is for ("FixMyStreet Sverige"); remounts after each key issued. */
function IssueKeyForm({ onIssued }: { onIssued: (issued: IssuedApiKey) => void }) {
  const { t } = useTranslation();
  const issue = useIssueApiKey();
  const [name, setName] = useState('');
  const form = useServerForm({ prefix: 'api-key', isKnownField: (f) => f === 'name', labelFor: () => t('apiKeys.fields.name') });

  async function handleSubmit() {
    if (form.clientErrors(name.trim() ? {} : { name: t('apiKeys.issue.nameRequired') })) return;
    await form.submit(async () => {
      const issued = await issue.mutateAsync({ name: name.trim() });
      onIssued(issued);
    });
  }

  return (
    <Form form={form} onSubmit={handleSubmit} submitLabel={t('apiKeys.issue.button')} pendingLabel={t('apiKeys.issue.pending')}>
      <TextField form={form} field="name" label={t('apiKeys.fields.name')} hint={t('apiKeys.issue.nameHint')} required maxLength={200} value={name} onChange={setName} />
    </Form>
  );
}

/** "Återkalla" behind a confirmation; says the result in the page's status line. */
function RevokeButton({ apiKey, onDone }: { apiKey: ApiKey; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const revoke = useRevokeApiKey(apiKey.id);
  return (
    <ConfirmAction
      label={t('apiKeys.revoke.button', { name: apiKey.name })}
      title={t('apiKeys.revoke.confirmTitle', { name: apiKey.name })}
      description={<p>{t('apiKeys.revoke.confirmText')}</p>}
      confirmLabel={t('apiKeys.revoke.confirm')}
      onConfirm={async () => {
        await revoke.mutateAsync({ version: apiKey.version });
        onDone(t('apiKeys.revoke.done', { name: apiKey.name }));
      }}
      onError={(err) => onDone(problemText(t, (k) => i18n.exists(k), err))}
    />
  );
}
