import { ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    // The figure takes what it needs on one line ("5,999,970,000.00"); the bar shrinks to make room,
    // and in a pane too narrow for both (200 % zoom) the figure goes under it rather than be cut.
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
  line: { flex: '1 1 3em', minWidth: '3em' },
  num: {
    marginLeft: 'auto',
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
    minWidth: '7.5em',
  },
});

/**
 * A bar with its number beside it: the number carries the meaning, not the colour or the length, so
 * the picture reads the same to a screen reader and in high contrast.
 */
export function Bar({
  label,
  fraction,
  shown,
  detail,
}: {
  label: string;
  /** 0..1 of the bar's full length. */
  fraction: number | null;
  shown: string;
  detail?: string;
}) {
  const s = useStyles();
  return (
    <div data-testid="bar" data-label={label}>
      <Text size={200}>{label}</Text>
      <div className={s.bar}>
        {/* A picture of the figure beside it, not a progress: its length (against the largest) would be
            read as a percentage of nothing. */}
        <ProgressBar className={s.line} value={Math.max(0, Math.min(1, fraction ?? 0))} thickness="large" aria-hidden />
        <Text className={s.num} weight="semibold" data-testid="bar-value">
          {shown}
        </Text>
      </div>
      {detail && (
        <Text size={100} data-testid="bar-detail">
          {detail}
        </Text>
      )}
    </div>
  );
}
