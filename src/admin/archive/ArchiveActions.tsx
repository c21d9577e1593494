import * as React from 'react';
import { Button, Field, Flex, Modal, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';

const ARCHIVE_UID = 'api::archive-transfer.archive-transfer';

interface ListViewContext {
  model: string;
  documents: { documentId: string; batchNumber?: string | null }[];
}

interface FetchError {
  response?: { data?: { error?: { message?: string } } };
  message?: string;
}

const errorMessage = (error: unknown): string => {
  const { response, message } = error as FetchError;
  return response?.data?.error?.message ?? message ?? '操作失败';
};

interface FormProps {
  ids: string[];
  onClose: () => void;
  endpoint: '/gov-archive/transfer' | '/gov-archive/fail';
  field: 'batchNumber' | 'reason';
  label: string;
  hint: string;
  done: string;
}

/** One text field and a confirm button; the server checks the selection and answers in Chinese. */
const SelectionForm = ({ ids, onClose, endpoint, field, label, hint, done }: FormProps) => {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [value, setValue] = React.useState('');
  const [busy, setBusy] = React.useState(false);

  const submit = async () => {
    setBusy(true);
    try {
      await post(endpoint, { ids, [field]: value });
      toggleNotification({ type: 'success', message: done });
      onClose();
      window.location.reload();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Modal.Body>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography>已选择 {ids.length} 项</Typography>
          <Field.Root name={field} hint={hint} required>
            <Field.Label>{label}</Field.Label>
            <TextInput value={value} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setValue(e.target.value)} />
            <Field.Hint />
          </Field.Root>
        </Flex>
      </Modal.Body>
      <Modal.Footer>
        <Button variant="tertiary" onClick={onClose}>
          取消
        </Button>
        <Button onClick={submit} loading={busy}>
          确定
        </Button>
      </Modal.Footer>
    </>
  );
};

type SelectionFormConfig = Omit<FormProps, 'ids' | 'onClose'> & { title: string; variant: 'secondary' | 'tertiary' };

/** A bulk action on the queue that asks for one value and posts the selection. */
const selectionAction =
  ({ title, variant, ...form }: SelectionFormConfig) =>
  ({ model, documents }: ListViewContext) =>
    model !== ARCHIVE_UID
      ? null
      : {
          label: title,
          variant,
          dialog: {
            type: 'modal' as const,
            title,
            content: ({ onClose }: { onClose: () => void }) => (
              <SelectionForm ids={documents.map((d) => d.documentId)} onClose={onClose} {...form} />
            ),
          },
        };

/** 标记为已移交: the archivist's main action on the queue (SPEC rule 5). */
export const MarkTransferredAction = selectionAction({
  title: '标记为已移交',
  variant: 'secondary',
  endpoint: '/gov-archive/transfer',
  field: 'batchNumber',
  label: '移交批次号',
  hint: '同一批次一并移交档案部门的项使用同一批次号，如 QH-2026-001',
  done: '已标记为已移交',
});

export const MarkFailedAction = selectionAction({
  title: '标记为移交失败',
  variant: 'tertiary',
  endpoint: '/gov-archive/fail',
  field: 'reason',
  label: '失败原因',
  hint: '失败的项可以在问题解决后再次标记为已移交',
  done: '已标记为移交失败',
});

const download = async (get: ReturnType<typeof useFetchClient>['get'], url: string, filename: string) => {
  const { data } = await get<Blob>(url, { responseType: 'blob' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(data);
  link.download = filename;
  link.click();
  URL.revokeObjectURL(link.href);
};

/** 下载送交目录和归档包 of the batch the selected (transferred) items belong to. */
export const DownloadBatchAction = ({ model, documents }: ListViewContext) => {
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  if (model !== ARCHIVE_UID) return null;
  const batches = [...new Set(documents.map((d) => d.batchNumber).filter((b): b is string => Boolean(b)))];
  return {
    label: '下载送交目录与归档包',
    variant: 'tertiary' as const,
    disabled: batches.length !== 1,
    onClick: async () => {
      const [batch] = batches;
      try {
        const encoded = encodeURIComponent(batch);
        await download(get, `/gov-archive/batches/${encoded}/catalogue.csv`, `送交目录-${batch}.csv`);
        await download(get, `/gov-archive/batches/${encoded}/archive.tar`, `归档移交-${batch}.tar`);
      } catch (error) {
        toggleNotification({ type: 'danger', message: errorMessage(error) });
      }
    },
  };
};
