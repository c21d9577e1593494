import * as React from 'react';
import { Flex } from '@strapi/design-system';
import { DOCUMENT_UID, Line, usePublishCheck, type PublishCheck } from './PublishCheckPanel';

interface ActionProps {
  model: string;
  documentId?: string;
  document?: { updatedAt?: string | null };
}

interface ActionDescription {
  dialog?: { type: string; content?: React.ReactNode; confirmLabel?: string } & Record<string, unknown>;
}

type DocumentAction = ((props: ActionProps) => ActionDescription | null) & { type?: string; position?: unknown };

/** What the confirmation says before 发布: what goes out with the document, or why it would be refused. */
const PublishDialogContent = ({ check }: { check: PublishCheck | null }) => {
  if (!check) return <Line>正在检查发布条件…</Line>;
  const coPublished = check.interpretations.filter((i) => i.state === 'co-publish');
  const heldBack = check.interpretations.filter((i) => i.state === 'incomplete');
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {check.reasons.length > 0 ? (
        <>
          <Line color="danger600">按已保存的内容，发布将被拒绝：</Line>
          {check.reasons.map((reason) => (
            <Line key={`${reason.code}-${reason.message}`}>· {reason.message}</Line>
          ))}
        </>
      ) : (
        <>
          {coPublished.length > 0 ? (
            <Line>{`以下解读将与本文件同步发布：${coPublished.map((i) => i.title).join('、')}`}</Line>
          ) : (
            <Line>没有随本文件同步发布的解读。</Line>
          )}
          {heldBack.length > 0 ? (
            <Line color="neutral600">{`以下解读尚未填写完整，不随本文件发布：${heldBack.map((i) => i.title).join('、')}`}</Line>
          ) : null}
          {check.forcePublish ? (
            <Line>本次为强制发布，将记录强制发布理由，解读须在成文后 3 个工作日内补发。</Line>
          ) : null}
        </>
      )}
      <Line>确定发布吗？</Line>
    </Flex>
  );
};

/**
 * Strapi's own confirmation before publishing a document with draft relations says, in English, that they
 * will not be published — the opposite of 同步发布. For policy documents the dialog shows the publish check.
 */
export const withPublishCheckDialog = (actions: DocumentAction[]): DocumentAction[] =>
  actions.map((Action) => {
    if (Action.type !== 'publish') return Action;
    const PublishWithCheck: DocumentAction = (props) => {
      const description = Action(props);
      const { check } = usePublishCheck(
        props.model === DOCUMENT_UID ? props.documentId : undefined,
        props.document?.updatedAt,
      );
      if (!description?.dialog || props.model !== DOCUMENT_UID) return description;
      return {
        ...description,
        dialog: { ...description.dialog, content: <PublishDialogContent check={check} />, confirmLabel: '发布' },
      };
    };
    PublishWithCheck.type = Action.type;
    PublishWithCheck.position = Action.position;
    return PublishWithCheck;
  });
