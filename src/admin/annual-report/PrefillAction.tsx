import * as React from 'react';
import { Button, Flex, Modal, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';

const REPORT_UID = 'api::annual-report.annual-report';

interface EditViewContext {
  model: string;
  documentId?: string;
}

interface Applied {
  label: string;
  value: unknown;
}
interface Conflict {
  label: string;
  current: unknown;
  computed: unknown;
}
interface PrefillAnswer {
  data: { applied: Applied[]; conflicts: Conflict[] };
}

interface FetchError {
  response?: { data?: { error?: { message?: string } } };
  message?: string;
}

const errorMessage = (error: unknown): string => {
  const { response, message } = error as FetchError;
  return response?.data?.error?.message ?? message ?? '预填失败';
};

const shown = (value: unknown) => (value === null || value === undefined ? '（空）' : String(value));

/**
 * Runs the pre-fill on the saved draft, lists what it filled, and for each figure the editor entered
 * differently shows both values; those are overwritten only when the editor presses 覆盖.
 */
const PrefillDialog = ({ documentId, onClose }: { documentId: string; onClose: () => void }) => {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [answer, setAnswer] = React.useState<PrefillAnswer['data'] | null>(null);
  const [busy, setBusy] = React.useState(false);

  const run = React.useCallback(
    async (overwrite: boolean) => {
      setBusy(true);
      try {
        const { data } = await post<PrefillAnswer>(`/gov-annual-report/${documentId}/prefill`, { overwrite });
        setAnswer(data.data);
        if (data.data.conflicts.length === 0) {
          toggleNotification({ type: 'success', message: `已预填 ${data.data.applied.length} 项` });
          onClose();
          window.location.reload();
        }
      } catch (error) {
        toggleNotification({ type: 'danger', message: errorMessage(error) });
        onClose();
      } finally {
        setBusy(false);
      }
    },
    [documentId, onClose, post, toggleNotification],
  );

  React.useEffect(() => {
    void run(false);
  }, [run]);

  return (
    <>
      <Modal.Body>
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Typography>预填写入已保存的草稿：请先保存正在编辑的内容。</Typography>
          {answer && answer.applied.length > 0 && (
            <Typography>已填入：{answer.applied.map((item) => item.label).join('、')}</Typography>
          )}
          {answer && answer.conflicts.length > 0 && (
            <>
              <Typography fontWeight="bold">以下内容您已填写，与系统统计不同，未覆盖：</Typography>
              {answer.conflicts.map((conflict) => (
                <Typography key={conflict.label}>
                  {conflict.label}：已填 {shown(conflict.current)}，系统统计为 {shown(conflict.computed)}
                </Typography>
              ))}
            </>
          )}
        </Flex>
      </Modal.Body>
      <Modal.Footer>
        <Button
          variant="tertiary"
          onClick={() => {
            onClose();
            if (answer && answer.applied.length > 0) window.location.reload();
          }}
        >
          保留我填写的内容
        </Button>
        <Button variant="danger-light" onClick={() => run(true)} loading={busy} disabled={!answer?.conflicts.length}>
          用系统统计覆盖
        </Button>
      </Modal.Footer>
    </>
  );
};

/** 从系统数据预填: in the edit view of an annual report that has been saved. */
export const PrefillAction = ({ model, documentId }: EditViewContext) =>
  model !== REPORT_UID || !documentId
    ? null
    : {
        label: '从系统数据预填',
        position: 'panel' as const,
        variant: 'secondary' as const,
        dialog: {
          type: 'modal' as const,
          title: '从系统数据预填（表二 行政规范性文件、一 总体情况）',
          content: ({ onClose }: { onClose: () => void }) => (
            <PrefillDialog documentId={documentId} onClose={onClose} />
          ),
        },
      };
