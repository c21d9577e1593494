import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';

export const DOCUMENT_UID = 'api::policy-document.policy-document';

/** GET /gov-publish-check/documents/:documentId — src/services/publish-check.ts. */
export interface PublishCheck {
  reasons: { code: string; message: string }[];
  forcePublish: boolean;
  needsInterpretationBecause: string | null;
  interpretations: {
    documentId: string;
    title: string;
    state: 'published' | 'co-publish' | 'incomplete';
    problems: string[];
  }[];
  archiveDueAt: string;
  mayPublish: boolean;
  mayForcePublish: boolean;
}

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { updatedAt?: string | null };
  activeTab: 'draft' | 'published' | null;
}

export const STATE_LABEL: Record<PublishCheck['interpretations'][number]['state'], string> = {
  published: '已发布',
  'co-publish': '随文件同步发布',
  incomplete: '不能同步发布',
};

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="stretch" gap={1}>
    <Typography variant="sigma" textColor="neutral600">
      {title}
    </Typography>
    {children}
  </Flex>
);

export const Line = ({ children, color = 'neutral800' }: { children: React.ReactNode; color?: string }) => (
  <Typography variant="omega" textColor={color}>
    {children}
  </Typography>
);

const longDate = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
};

/** The verdict, what goes out with the document, who may publish it, and the archive due date. */
const CheckContent = ({ check }: { check: PublishCheck }) => (
  <Flex direction="column" alignItems="stretch" gap={4} width="100%">
    <Section title="结论">
      {check.reasons.length === 0 ? (
        <Line color="success600">{check.forcePublish ? '可以强制发布（将记录理由，解读须后补）' : '可以发布'}</Line>
      ) : (
        <>
          <Line color="danger600">现在发布将被拒绝：</Line>
          {check.reasons.map((reason) => (
            <Line key={`${reason.code}-${reason.message}`}>· {reason.message}</Line>
          ))}
        </>
      )}
    </Section>
    <Section title="政策解读">
      {check.needsInterpretationBecause ? (
        <Line>{`本文件为${check.needsInterpretationBecause}，须同步发布解读`}</Line>
      ) : (
        <Line>本文件不要求同步发布解读</Line>
      )}
      {check.interpretations.length === 0 ? (
        <Line color="neutral600">未关联解读</Line>
      ) : (
        check.interpretations.map((interpretation) => (
          <Box key={interpretation.documentId}>
            <Line>{`${interpretation.title}：${STATE_LABEL[interpretation.state]}`}</Line>
            {interpretation.problems.map((problem) => (
              <Line key={problem} color="neutral600">
                · {problem}
              </Line>
            ))}
          </Box>
        ))
      )}
    </Section>
    <Section title="谁可以发布">
      <Line>本部门审核；公开办（解读未就绪时可填写理由强制发布）</Line>
      <Line color="neutral600">
        {check.mayForcePublish
          ? '您可以发布，也可以强制发布'
          : check.mayPublish
            ? '您可以发布'
            : '您不能发布，请提交本部门审核'}
      </Line>
    </Section>
    <Section title="档案移交期限">
      <Line>{`今天发布：${longDate(check.archiveDueAt)}前移交（20 个工作日）`}</Line>
    </Section>
  </Flex>
);

/** The publish check of a saved document, fetched again whenever the document is saved (`version`). */
export const usePublishCheck = (documentId: string | undefined, version: string | null | undefined) => {
  const { get } = useFetchClient();
  const [check, setCheck] = React.useState<PublishCheck | null>(null);
  const [failed, setFailed] = React.useState(false);

  React.useEffect(() => {
    if (!documentId) return undefined;
    let current = true;
    get<{ data: PublishCheck }>(`/gov-publish-check/documents/${documentId}`)
      .then(({ data }) => {
        if (current) setCheck(data.data);
      })
      .catch(() => {
        if (current) setFailed(true);
      });
    return () => {
      current = false;
    };
  }, [get, documentId, version]);

  return { check, failed };
};

const PublishCheckContent = ({ documentId, version }: { documentId: string; version: string | null | undefined }) => {
  const { check, failed } = usePublishCheck(documentId, version);
  if (failed) return <Line color="danger600">暂时无法读取发布检查结果</Line>;
  if (!check) return <Line color="neutral600">正在检查…</Line>;
  return <CheckContent check={check} />;
};

/**
 * 发布检查: the edit view's side panel for policy documents. It asks the server, which runs the publish
 * gate's own domain function (checkPublish) on the saved draft, so it never disagrees with a real publish.
 */
export const PublishCheckPanel = ({ model, documentId, document, activeTab }: PanelProps) => {
  if (model !== DOCUMENT_UID || !documentId || activeTab === 'published') return null;
  return {
    title: '发布检查',
    content: <PublishCheckContent documentId={documentId} version={document?.updatedAt} />,
  };
};
