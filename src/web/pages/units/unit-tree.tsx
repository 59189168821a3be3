import { Anchor, Text, UnstyledButton } from '@mantine/core';
import { memo } from 'react';
import { Link } from 'react-router';
import type { Unit } from '../../../shared/api/units.ts';
import { Tag } from '../../components/tag.tsx';
import { UNITS } from './labels.ts';
import type { UnitIndex } from './unit-index.ts';

export interface UnitTreeProps {
  index: UnitIndex;
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  /** When searching: only these rows are shown. */
  visible: ReadonlySet<string> | null;
  matches: ReadonlySet<string> | null;
  homeUnitId: string;
  selectedId: string | null;
}

/** The organisation as nested lists with open/close buttons; out-of-scope units are plain grey text. */
export function UnitTree(props: UnitTreeProps) {
  return (
    <ul className="vd-unit-tree" aria-label={UNITS.title}>
      {props.index.roots
        .filter((u) => !props.visible || props.visible.has(u.id))
        .map((u) => (
          <UnitNode key={u.id} unit={u} {...props} />
        ))}
    </ul>
  );
}

const UnitNode = memo(function UnitNode(props: UnitTreeProps & { unit: Unit }) {
  const { unit, index, expanded, onToggle, visible } = props;
  const children = (index.childrenOf.get(unit.id) ?? []).filter((c) => !visible || visible.has(c.id));
  const allChildren = index.childrenOf.get(unit.id)?.length ?? 0;
  const isOpen = children.length > 0 && expanded.has(unit.id);
  return (
    <li>
      <UnitRow
        {...props}
        childCount={allChildren}
        hasVisibleChildren={children.length > 0}
        isOpen={isOpen}
        onToggle={onToggle}
      />
      {isOpen && (
        <ul>
          {children.map((c) => (
            <UnitNode key={c.id} {...props} unit={c} />
          ))}
        </ul>
      )}
    </li>
  );
});

interface RowProps extends UnitTreeProps {
  unit: Unit;
  childCount: number;
  hasVisibleChildren: boolean;
  isOpen: boolean;
}

function UnitRow({
  unit,
  childCount,
  hasVisibleChildren,
  isOpen,
  onToggle,
  homeUnitId,
  selectedId,
  matches,
}: RowProps) {
  const isHome = unit.id === homeUnitId;
  const isMatch = matches?.has(unit.id) ?? false;
  return (
    <div
      className="vd-unit-row"
      data-home={isHome}
      data-selected={unit.id === selectedId}
      data-unit-id={unit.id}
    >
      {hasVisibleChildren ? (
        <UnstyledButton
          onClick={() => onToggle(unit.id)}
          aria-expanded={isOpen}
          aria-label={isOpen ? UNITS.collapse(unit.fullName) : UNITS.expand(unit.fullName)}
          w={28}
          h={28}
          ta="center"
          fw={700}
          c="brand.8"
        >
          <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
        </UnstyledButton>
      ) : (
        <span style={{ width: 28, display: 'inline-block' }} aria-hidden="true" />
      )}
      <div className="vd-unit-main">
        {unit.inScope ? (
          <Anchor
            component={Link}
            to={`/units/${unit.id}`}
            fw={isHome || isMatch ? 700 : 500}
            aria-current={unit.id === selectedId ? 'true' : undefined}
          >
            {unit.fullName}
          </Anchor>
        ) : (
          <Text span className="vd-unit-out-of-scope" title={UNITS.outOfScope}>
            {unit.fullName}
          </Text>
        )}
        {childCount > 0 && (
          <Text span size="sm" c="dimmed">
            ({childCount})
          </Text>
        )}
        {isHome && <Tag tone="home">{UNITS.mine}</Tag>}
        {unit.officialCode && <Tag tone="gray">{UNITS.code(unit.officialCode)}</Tag>}
        {(unit.isFormer || unit.kind === 'former') && <Tag tone="grape">{UNITS.former}</Tag>}
        {unit.isDemo && <Tag tone="orange">{UNITS.demo}</Tag>}
      </div>
    </div>
  );
}
