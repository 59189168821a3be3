import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** Background and text colours chosen for at least 4.5:1 contrast (Mantine's light badges fall short). */
const TONES = {
  home: ['#f5bf1d', '#2b1f00'],
  gold: ['#fff3c4', '#4a3600'],
  orange: ['#ffe8cc', '#7a2c00'],
  grape: ['#f3d9fa', '#5f1a75'],
  gray: ['#e9ecef', '#343a40'],
  teal: ['#c3fae8', '#06513f'],
  brand: ['#fdecec', '#6b1111'],
} as const;

export type TagTone = keyof typeof TONES;

/** A small label (status, kind, code) with readable colours. */
export function Tag({
  tone,
  children,
  ...props
}: { tone: TagTone; children: ReactNode } & Omit<BadgeProps, 'color'>) {
  const [bg, fg] = TONES[tone];
  return (
    <Badge variant="light" bg={bg} c={fg} {...props}>
      {children}
    </Badge>
  );
}
