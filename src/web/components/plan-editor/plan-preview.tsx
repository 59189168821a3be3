import { Alert, Paper, Title } from '@mantine/core';
import { useMemo, useRef } from 'react';
import type { Conference } from '../../../core/conference/types.ts';
import type { AdminDocument } from '../../../core/documents/model.ts';
import { buildPlanDocument } from '../../../core/documents/plan-document.ts';
import { DocumentPreview } from '../document-preview.tsx';
import { PLAN } from './labels.ts';

/**
 * The Kế hoạch as it will print, rebuilt in the browser from the unsaved draft. While a field holds
 * something the document cannot show (a half-typed date), the last good version stays on screen.
 */
export function PlanPreview({ conference }: { conference: Conference }) {
  const lastGood = useRef<AdminDocument | null>(null);
  const { document, failed } = useMemo(() => {
    try {
      const built = buildPlanDocument(conference);
      lastGood.current = built;
      return { document: built, failed: false };
    } catch {
      return { document: lastGood.current, failed: true };
    }
  }, [conference]);
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }} bg="gray.1">
      <Title order={2} size="h4" id="plan-preview-title" mb="sm" className="vd-no-print">
        {PLAN.previewTitle}
      </Title>
      {failed && (
        <Alert color="yellow" variant="light" mb="sm" className="vd-no-print">
          {PLAN.previewError}
        </Alert>
      )}
      {document && <DocumentPreview document={document} />}
    </Paper>
  );
}
