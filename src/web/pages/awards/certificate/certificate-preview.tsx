import { Box, UnstyledButton } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { type PointerEvent, useRef } from 'react';
import type { CertificateField } from '../../../../core/awards/types.ts';
import { CERT } from './labels.ts';

export const PAGE_MM = { width: 297, height: 210 } as const;
const PT_TO_MM = 25.4 / 72;
const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));
const round = (v: number) => Math.round(v * 2) / 2;

/** A small stand-in for the QR code: its finder squares, so the official sees where and how big it is. */
function QrMark() {
  return (
    <svg viewBox="0 0 21 21" width="100%" height="100%" aria-hidden="true">
      <rect width="21" height="21" fill="#fff" />
      {[
        [0, 0],
        [14, 0],
        [0, 14],
      ].map(([x, y]) => (
        <g key={`${x}-${y}`}>
          <rect x={x} y={y} width="7" height="7" fill="#000" />
          <rect x={x + 1} y={y + 1} width="5" height="5" fill="#fff" />
          <rect x={x + 2} y={y + 2} width="3" height="3" fill="#000" />
        </g>
      ))}
      {[9, 11, 13, 16, 18].map((v) => (
        <rect key={v} x={v} y={(v * 7) % 19} width="2" height="2" fill="#000" />
      ))}
    </svg>
  );
}

/** What the printed certificate puts in a field, with the same fixed lines the PDF draws around it. */
function FieldSample({
  field: f,
  px,
  mm,
}: {
  field: CertificateField;
  px: (pt: number) => number;
  mm: (v: number) => number;
}) {
  if (f.key === 'qr')
    return (
      <>
        <QrMark />
        <span
          style={{
            position: 'absolute',
            left: mm(f.width + 2),
            bottom: 0,
            width: mm(52),
            fontSize: px(f.fontSize),
            fontStyle: 'italic',
            color: '#555',
            textAlign: 'left',
          }}
        >
          {CERT.sample.qrCaption}
        </span>
      </>
    );
  if (f.key === 'title')
    return (
      <span style={{ display: 'block', fontWeight: 700, lineHeight: 1.05 }}>
        <span style={{ display: 'block', fontSize: px(13) }}>{CERT.sample.nation}</span>
        <span style={{ display: 'block', fontSize: px(14) }}>
          <span style={{ borderBottom: '1px solid #111' }}>{CERT.sample.motto}</span>
        </span>
        <span style={{ display: 'block', fontSize: px(16), marginTop: mm(6) }}>{CERT.sample.authority}</span>
        <span style={{ display: 'block', fontSize: px(15), marginTop: mm(2) }}>{CERT.sample.verb}</span>
        <span
          style={{
            display: 'block',
            fontSize: px(f.fontSize),
            fontWeight: f.bold ? 700 : 400,
            fontStyle: f.italic ? 'italic' : 'normal',
            color: '#a61e1e',
            letterSpacing: px(2),
            marginTop: mm(1.5),
          }}
        >
          {CERT.sample.title}
        </span>
      </span>
    );
  if (f.key === 'signer')
    return (
      <>
        {CERT.sample.signer}
        <span style={{ display: 'block', marginTop: mm(22) }}>{CERT.sample.signerName}</span>
      </>
    );
  return <>{CERT.sample[f.key]}</>;
}

/** The double frame the PDF draws when the unit has no background image. */
function Frame({ mm }: { mm: (v: number) => number }) {
  const line = (inset: number, widthPt: number, color: string) => (
    <span
      aria-hidden="true"
      style={{
        position: 'absolute',
        inset: mm(inset),
        border: `${Math.max(1, mm(widthPt * PT_TO_MM))}px solid ${color}`,
      }}
    />
  );
  return (
    <>
      {line(7, 3.2, '#a61e1e')}
      {line(9.4, 0.6, '#a61e1e')}
      {line(12.2, 1.2, '#b08306')}
    </>
  );
}

/**
 * The page scaled to the screen, fields at their positions with sample text; a field is chosen by a
 * click (or Tab and Enter) and moved by dragging, in half-millimetre steps.
 */
export function CertificatePreview({
  fields,
  backgroundUrl,
  selected,
  onSelect,
  onMove,
  readOnly,
}: {
  fields: CertificateField[];
  backgroundUrl: string | null;
  selected: CertificateField['key'] | null;
  onSelect: (key: CertificateField['key']) => void;
  onMove: (key: CertificateField['key'], x: number, y: number) => void;
  readOnly: boolean;
}) {
  const { ref, width } = useElementSize();
  const scale = width / PAGE_MM.width;
  const drag = useRef<{
    key: CertificateField['key'];
    startX: number;
    startY: number;
    x: number;
    y: number;
  } | null>(null);

  const down = (f: CertificateField) => (e: PointerEvent<HTMLButtonElement>) => {
    onSelect(f.key);
    if (readOnly || scale <= 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { key: f.key, startX: e.clientX, startY: e.clientY, x: f.x, y: f.y };
  };
  const move = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d || scale <= 0) return;
    const x = clamp(round(d.x + (e.clientX - d.startX) / scale), 0, PAGE_MM.width);
    const y = clamp(round(d.y + (e.clientY - d.startY) / scale), 0, PAGE_MM.height);
    onMove(d.key, x, y);
  };
  const up = () => {
    drag.current = null;
  };

  return (
    <Box
      ref={ref}
      role="group"
      aria-label={CERT.previewLabel}
      pos="relative"
      w="100%"
      style={{
        aspectRatio: `${PAGE_MM.width} / ${PAGE_MM.height}`,
        background: '#fffdf5',
        border: '1px solid var(--mantine-color-gray-5)',
        boxShadow: '0 2px 8px rgba(0,0,0,0.15)',
        overflow: 'hidden',
        fontFamily: 'Tinos, "Times New Roman", serif',
        color: '#111',
        touchAction: 'none',
      }}
    >
      {!backgroundUrl && scale > 0 && <Frame mm={(v) => v * scale} />}
      {backgroundUrl && (
        <img
          src={backgroundUrl}
          alt=""
          style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', objectFit: 'contain' }}
        />
      )}
      {scale > 0 &&
        fields.map((f) => {
          const isQr = f.key === 'qr';
          const on = selected === f.key;
          return (
            <UnstyledButton
              key={f.key}
              aria-label={CERT.fieldButton(CERT.fields[f.key])}
              aria-pressed={on}
              onClick={() => onSelect(f.key)}
              onPointerDown={down(f)}
              onPointerMove={move}
              onPointerUp={up}
              style={{
                position: 'absolute',
                left: f.x * scale,
                top: f.y * scale,
                width: f.width * scale,
                height: isQr ? f.width * scale : undefined,
                fontSize: f.fontSize * PT_TO_MM * scale,
                lineHeight: 1.2,
                fontWeight: f.bold ? 700 : 400,
                fontStyle: f.italic ? 'italic' : 'normal',
                textAlign: f.align,
                whiteSpace: 'pre-line',
                outline: on ? '2px solid var(--mantine-color-blue-7)' : '1px dashed rgba(24,100,171,0.45)',
                outlineOffset: 1,
                background: on ? 'rgba(24,100,171,0.08)' : 'transparent',
                cursor: readOnly ? 'pointer' : 'move',
                color: f.key === 'name' ? '#1b2f6b' : '#111',
              }}
            >
              <FieldSample
                field={f}
                px={(pt: number) => pt * PT_TO_MM * scale}
                mm={(v: number) => v * scale}
              />
            </UnstyledButton>
          );
        })}
    </Box>
  );
}
