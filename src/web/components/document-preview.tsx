/** Live HTML preview of an administrative document model, laid out like its printed A4 page. */

import { type CSSProperties, type ReactNode, useEffect, useRef, useState } from 'react';
import {
  type AdminDocument,
  type BlockAlign,
  type BodyBlock,
  blockText,
  type DocumentAnnex,
  type InlineRun,
  ND30_LAYOUT,
  paragraphRuns,
  type SignatureBlock,
  type TableBlock,
} from '../../core/documents/model.ts';

const L = ND30_LAYOUT;
const PX_PER_MM = 96 / 25.4;
const PAGE_WIDTH_PX = L.pageMm.width * PX_PER_MM;
/** Word's 1.15 lines of Times New Roman, as a CSS line height. */
const LINE_HEIGHT = 1.32;
const SERIF = '"Times New Roman", Tinos, "Liberation Serif", serif';

const TEXT = {
  fit: 'Vừa khung',
  actualSize: 'Cỡ thật',
  region: 'Xem trước văn bản',
} as const;

export interface DocumentPreviewProps {
  document: AdminDocument;
}

/**
 * The document as an A4 sheet. It shrinks to the width of its container (phones) and can be shown at
 * actual size with horizontal scrolling.
 */
export function DocumentPreview({ document: doc }: DocumentPreviewProps) {
  const frame = useRef<HTMLDivElement>(null);
  const [availableWidth, setAvailableWidth] = useState(PAGE_WIDTH_PX);
  const [actualSize, setActualSize] = useState(false);

  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setAvailableWidth(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const scale = actualSize ? 1 : Math.min(1, availableWidth / PAGE_WIDTH_PX);
  return (
    <section aria-label={TEXT.region} style={{ display: 'grid', gap: 8 }}>
      <div className="vd-no-print">
        <button
          type="button"
          aria-pressed={actualSize}
          onClick={() => setActualSize(!actualSize)}
          style={{
            font: 'inherit',
            fontSize: 14,
            padding: '6px 14px',
            border: '1px solid #adb5bd',
            borderRadius: 4,
            background: '#fff',
            color: '#212529',
            cursor: 'pointer',
          }}
        >
          {actualSize ? TEXT.fit : TEXT.actualSize}
        </button>
      </div>
      <div ref={frame} style={{ overflowX: 'auto', background: '#e9ecef', padding: 8 }}>
        <article lang="vi" style={{ ...pageStyle, zoom: scale }}>
          <HeaderColumns doc={doc} />
          <p style={{ ...centred(L.size.typeName, { bold: true }), marginTop: '24pt' }}>{doc.typeName}</p>
          <p style={centred(L.size.subject, { bold: true })}>{doc.subject}</p>
          <Rule lengthMm={L.ruleMm.subject} />
          <div style={{ marginTop: '18pt' }}>
            {keyed(doc.body, blockText).map(([key, block]) => (
              <Block key={key} block={block} />
            ))}
          </div>
          <Closing doc={doc} />
          {keyed(doc.annexes ?? [], (a) => a.titleLines.join(' ')).map(([key, annex]) => (
            <Annex key={key} annex={annex} />
          ))}
        </article>
      </div>
    </section>
  );
}

const pageStyle: CSSProperties = {
  boxSizing: 'border-box',
  width: `${L.pageMm.width}mm`,
  minHeight: `${L.pageMm.height}mm`,
  margin: '0 auto',
  padding: `${L.marginMm.top}mm ${L.marginMm.right}mm ${L.marginMm.bottom}mm ${L.marginMm.left}mm`,
  background: '#fff',
  color: '#000',
  boxShadow: '0 1px 4px rgba(0, 0, 0, 0.25)',
  fontFamily: SERIF,
  fontSize: `${L.size.body}pt`,
  lineHeight: LINE_HEIGHT,
};

/** Stable keys from the content, numbered when the same text repeats. */
function keyed<T>(items: readonly T[], text: (item: T) => string): Array<[string, T]> {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = text(item);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return [`${count}:${base}`, item];
  });
}

function centred(sizePt: number, style: { bold?: boolean; italic?: boolean } = {}): CSSProperties {
  return {
    margin: 0,
    textAlign: 'center',
    fontSize: `${sizePt}pt`,
    lineHeight: 1.15,
    fontWeight: style.bold ? 'bold' : 'normal',
    fontStyle: style.italic ? 'italic' : 'normal',
    whiteSpace: 'pre-wrap',
  };
}

function Rule({ lengthMm }: { lengthMm: number }) {
  return (
    <div
      aria-hidden="true"
      style={{ width: `${lengthMm}mm`, margin: '2pt auto 0', borderTop: '1px solid #000' }}
    />
  );
}

function HeaderColumns({ doc }: { doc: AdminDocument }) {
  const { header } = doc;
  const [leftMm, rightMm] = L.headerColumnsMm;
  return (
    <div style={{ display: 'flex' }}>
      <div style={{ width: `${leftMm}mm`, flex: 'none' }}>
        {header.parentBody && <p style={centred(L.size.parentBody)}>{header.parentBody}</p>}
        <p style={centred(L.size.issuingBody, { bold: true })}>{header.issuingBody}</p>
        <Rule lengthMm={L.ruleMm.issuingBody} />
        <p style={{ ...centred(L.size.numberLine), marginTop: '6pt' }}>{header.numberLine}</p>
      </div>
      <div style={{ width: `${rightMm}mm`, flex: 'none' }}>
        <p style={centred(L.size.nationalTitle, { bold: true })}>{L.nationalTitle}</p>
        <p style={centred(L.size.motto, { bold: true })}>{L.motto}</p>
        <Rule lengthMm={L.ruleMm.motto} />
        <p style={{ ...centred(L.size.placeDate, { italic: true }), marginTop: '6pt' }}>
          {header.placeDateLine}
        </p>
      </div>
    </div>
  );
}

function Runs({ runs }: { runs: InlineRun[] }): ReactNode {
  return keyed(runs, (r) => r.text).map(([key, r]) => (
    <span
      key={key}
      style={{ fontWeight: r.bold ? 'bold' : undefined, fontStyle: r.italic ? 'italic' : undefined }}
    >
      {r.text}
    </span>
  ));
}

function bodyParagraphStyle(align: BlockAlign): CSSProperties {
  const indented = align === 'justify' || align === 'left';
  return {
    margin: `0 0 ${L.spaceAfterPt}pt`,
    textAlign: align,
    textIndent: indented ? `${L.firstLineIndentMm}mm` : 0,
    whiteSpace: 'pre-wrap',
  };
}

function Block({ block }: { block: BodyBlock }) {
  if (block.kind === 'table') return <RuledTable block={block} />;
  if (block.kind === 'heading') {
    return <p style={{ ...bodyParagraphStyle('justify'), fontWeight: 'bold' }}>{block.text}</p>;
  }
  return (
    <p style={bodyParagraphStyle(block.align ?? 'justify')}>
      <Runs runs={paragraphRuns(block)} />
    </p>
  );
}

const cellStyle: CSSProperties = { border: '1px solid #000', padding: '2pt 4pt', verticalAlign: 'middle' };

function RuledTable({ block }: { block: TableBlock }) {
  const total = block.columnWeights.reduce((a, b) => a + b, 0) || 1;
  const rowText = (row: TableBlock['header']) =>
    row.map((c) => c.runs.map((r) => r.text).join('')).join('\t');
  return (
    <table
      style={{
        width: '100%',
        borderCollapse: 'collapse',
        tableLayout: 'fixed',
        fontSize: `${L.size.table}pt`,
        lineHeight: 1.15,
        marginBottom: `${L.spaceAfterPt}pt`,
      }}
    >
      <colgroup>
        {keyed(block.columnWeights, String).map(([key, weight]) => (
          <col key={key} style={{ width: `${(100 * weight) / total}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {keyed(block.header, (c) => c.runs.map((r) => r.text).join('')).map(([key, cell]) => (
            <th key={key} style={{ ...cellStyle, textAlign: cell.align ?? 'center' }}>
              <Runs runs={cell.runs} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {keyed(block.rows, rowText).map(([rowKey, row]) => (
          <tr key={rowKey}>
            {keyed(row, (c) => c.runs.map((r) => r.text).join('')).map(([key, cell]) => (
              <td key={key} style={{ ...cellStyle, textAlign: cell.align ?? 'left' }}>
                <Runs runs={cell.runs} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** An attached list: from a new page when printed, after a dashed line on screen. */
function Annex({ annex }: { annex: DocumentAnnex }) {
  return (
    <section
      style={{ breakBefore: 'page', marginTop: '18pt', paddingTop: '18pt', borderTop: '1px dashed #adb5bd' }}
    >
      {keyed(annex.titleLines, String).map(([key, title]) => (
        <p key={key} style={centred(L.size.typeName, { bold: true })}>
          {title}
        </p>
      ))}
      <p style={centred(L.size.subject, { italic: true })}>{annex.note}</p>
      <Rule lengthMm={L.ruleMm.subject} />
      <div style={{ marginTop: '12pt' }}>
        {keyed(annex.body, blockText).map(([key, block]) => (
          <Block key={key} block={block} />
        ))}
      </div>
    </section>
  );
}

function SignatureColumn({ signature }: { signature: SignatureBlock }) {
  return (
    <>
      {keyed(signature.titleLines, String).map(([key, title]) => (
        <p key={key} style={centred(L.size.signature, { bold: true })}>
          {title.toLocaleUpperCase('vi')}
        </p>
      ))}
      <p style={{ ...centred(L.size.signature, { bold: true }), marginTop: `${L.signatureGapMm}mm` }}>
        {signature.signerName}
      </p>
    </>
  );
}

function Closing({ doc }: { doc: AdminDocument }) {
  const [leftMm, rightMm] = L.closingColumnsMm;
  return (
    <div style={{ display: 'flex', marginTop: '6pt', breakInside: 'avoid' }}>
      <div style={{ width: `${leftMm}mm`, flex: 'none', paddingTop: '12pt' }}>
        {doc.leftSignature ? <SignatureColumn signature={doc.leftSignature} /> : <Recipients doc={doc} />}
      </div>
      <div style={{ width: `${rightMm}mm`, flex: 'none', paddingTop: '12pt' }}>
        <SignatureColumn signature={doc.signature} />
      </div>
    </div>
  );
}

function Recipients({ doc }: { doc: AdminDocument }) {
  const line = { margin: 0, lineHeight: 1.15 } as const;
  return (
    <>
      <p
        style={{
          ...line,
          fontSize: `${L.size.recipientsLabel}pt`,
          fontWeight: 'bold',
          fontStyle: 'italic',
        }}
      >
        {L.recipientsLabel}
      </p>
      {keyed(doc.recipients, String).map(([key, recipient]) => (
        <p key={key} style={{ ...line, fontSize: `${L.size.recipients}pt` }}>
          - {recipient}
        </p>
      ))}
    </>
  );
}
