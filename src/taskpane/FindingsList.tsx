import { Badge, Button, ToggleButton, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { countBySeverity } from '../core/check/report';
import { fixText } from '../core/findings/fixes';
import { codeTitle } from '../core/findings/titles';
import type { Finding, Severity } from '../core/findings/types';
import { useLang } from './LangContext';
import { SPOKEN } from './spoken';
import { Unbroken } from './Unbroken';

const useStyles = makeStyles({
  filters: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  group: { marginTop: tokens.spacingVerticalM },
  // Said, not shown: each finding's severity, which the group's badge shows once.
  spoken: SPOKEN,
  groupHead: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    background: 'transparent',
    cursor: 'pointer',
    font: 'inherit',
    color: 'inherit',
    ':hover': { background: tokens.colorNeutralBackground1Hover },
  },
  selected: { background: tokens.colorBrandBackground2 },
  // A narrow pane must not squeeze a severity into "Erro/r": the title beside it wraps instead.
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: '4em' },
  // In a narrow pane the fix goes under its message, which keeps a readable width (at 320 px it was
  // squeezed beside the button to a few words a line, ids and dates broken).
  // The line under the whole finding, its fix included: a fix wrapped under the line reads as the next one's.
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  grow: { flexGrow: 1, flexBasis: '15em', minWidth: 0 },
  fix: { marginLeft: 'auto', flexShrink: 0 },
  // Lines break at spaces only: never inside an id ("010553611201 / 4" reads as another id), nor inside
  // the Thai label, but a long English date may take two lines rather than be cut off.
  value: { wordBreak: 'keep-all', overflowWrap: 'normal' },
  code: {
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
  },
});

/**
 * Findings drawn at first in a group: a sheet with thousands of findings would otherwise freeze the
 * pane while the browser lays them all out. The rest are a click away.
 */
const FIRST_SHOWN = 50;

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/** Findings grouped by code, worst first; a click takes the user to the cell. */
export function FindingsList(props: {
  findings: readonly Finding[];
  selected: Finding | null;
  onSelect: (f: Finding) => void;
  /** Apply the suggested fixes of these findings (one batch). */
  onFix?: (f: readonly Finding[]) => void;
  busy?: boolean;
}) {
  const { lang, t } = useLang();
  const s = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  // Where a keyboard user's focus goes once the list is drawn again: the button they pressed (a fix,
  // "show all") is gone by then, and focus would fall to the top of the pane.
  const root = useRef<HTMLDivElement>(null);
  // `stale`: the findings the place was taken in; a fix waits for the list checked again.
  const focusAt = useRef<{ code: string; index: number; stale: readonly Finding[] | null } | null>(null);
  useEffect(() => {
    const want = focusAt.current;
    if (!want || !root.current || props.busy || want.stale === props.findings) return;
    focusAt.current = null;
    const group = root.current.querySelectorAll<HTMLElement>(`[data-testid=finding][data-code="${want.code}"]`);
    const target =
      group[Math.min(want.index, group.length - 1)] ?? root.current.querySelector<HTMLElement>('[data-testid=finding]');
    target?.focus();
  }, [props.findings, props.busy, open]);
  const counts = useMemo(() => {
    const c = countBySeverity(props.findings);
    return { error: c.errors, warning: c.warnings, info: c.infos };
  }, [props.findings]);
  // Findings of a code counted past its limit but not listed, by code.
  const notListed = useMemo(() => {
    const m = new Map<string, number>();
    for (const f of props.findings) if (f.notListed && f.value) m.set(f.value, f.notListed);
    return m;
  }, [props.findings]);
  const groups = useMemo(() => {
    const m = new Map<string, Finding[]>();
    for (const f of props.findings) {
      if (!shown[f.severity]) continue;
      const g = m.get(f.code);
      if (g) g.push(f);
      else m.set(f.code, [f]);
    }
    return [...m.entries()].sort(
      (a, b) => ORDER[a[1][0]!.severity] - ORDER[b[1][0]!.severity] || (a[0] < b[0] ? -1 : 1),
    );
  }, [props.findings, shown]);

  return (
    <div ref={root}>
      <div className={s.filters} role="group" aria-label={t.severityGroup}>
        {(['error', 'warning', 'info'] as const).map((sev) => (
          <ToggleButton
            key={sev}
            size="small"
            checked={shown[sev]}
            onClick={() => setShown({ ...shown, [sev]: !shown[sev] })}
            data-testid={`filter-${sev}`}
          >
            {t[sev]} ({counts[sev].toLocaleString('en-US')})
          </ToggleButton>
        ))}
      </div>
      {groups.map(([code, list]) => (
        <section
          key={code}
          className={s.group}
          data-testid="finding-group"
          data-code={code}
          aria-labelledby={`group-${code}`}
        >
          <div className={s.groupHead}>
            <Badge appearance="filled" color={COLOR[list[0]!.severity]} className={s.badge}>
              {t[list[0]!.severity]}
            </Badge>
            {/* A heading a screen reader can move between: a long list is read group by group. */}
            <span role="heading" aria-level={2} id={`group-${code}`}>
              {codeTitle(code)[lang]} <span className={s.code}>{code}</span>
            </span>
            <Badge appearance="outline" className={s.badge}>
              {(list.length + (notListed.get(code) ?? 0)).toLocaleString('en-US')}
            </Badge>
            {props.onFix && list.length > 1 && list.every((f) => f.suggestion) && (
              <Button
                size="small"
                disabled={props.busy}
                onClick={() => {
                  focusAt.current = { code, index: 0, stale: props.findings };
                  props.onFix!(list);
                }}
                data-testid="fix-all"
                data-code={code}
                // Which group it fixes, for one who reaches it by Tab after another group's last fix.
                aria-label={`${t.fixAll(list.length + (notListed.get(code) ?? 0))}: ${codeTitle(code)[lang]}`}
              >
                {t.fixAll(list.length + (notListed.get(code) ?? 0))}
              </Button>
            )}
          </div>
          <ul className={s.list}>
            {(open.has(code) ? list : list.slice(0, FIRST_SHOWN)).map((f, i) => (
              <li key={`${f.cell}-${i}`} className={s.row}>
                <button
                  type="button"
                  className={mergeClasses(s.item, s.grow, props.selected === f && s.selected)}
                  onClick={() => props.onSelect(f)}
                  aria-current={props.selected === f ? 'true' : undefined}
                  data-testid="finding"
                  data-code={f.code}
                  data-cell={f.cell}
                  data-severity={f.severity}
                >
                  <span className={s.spoken}>{t[f.severity]}: </span>
                  <span className={s.cell}>{f.cell}</span>
                  <span>
                    <Unbroken text={f.message[lang]} />
                  </span>
                </button>
                {props.onFix && f.suggestion && (
                  <Button
                    size="small"
                    appearance="subtle"
                    className={s.fix}
                    disabled={props.busy}
                    onClick={() => {
                      focusAt.current = { code, index: i, stale: props.findings };
                      props.onFix!([f]);
                    }}
                    data-testid="fix"
                    data-cell={f.cell}
                  >
                    {/* One flex item (a button lays its children out in a row), wrapping as text. */}
                    <span>
                      <span className={s.value}>{t.fix('').trim()}</span>{' '}
                      <span className={s.value}>{fixText(f.code, f.suggestion, lang)}</span>
                    </span>
                  </Button>
                )}
              </li>
            ))}
          </ul>
          {list.length > FIRST_SHOWN && !open.has(code) && (
            <Button
              size="small"
              appearance="transparent"
              onClick={() => {
                focusAt.current = { code, index: FIRST_SHOWN, stale: null };
                setOpen(new Set([...open, code]));
              }}
              data-testid="show-all"
              data-code={code}
            >
              {t.showAll(list.length, notListed.get(code) ?? 0)}
            </Button>
          )}
        </section>
      ))}
    </div>
  );
}
