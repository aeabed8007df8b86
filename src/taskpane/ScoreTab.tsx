import {
  Button,
  Divider,
  Field,
  Input,
  Label,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { getFramework } from '../core/checklist/framework';
import type { ChecklistScore } from '../core/checklist/score';
import { checkSheet, type SheetReport } from '../core/check/sheet';
import { ITA } from '../core/score/bands';
import { excellentBeside, itaScore, looksLikeFraction, type ItaScore } from '../core/score/ita';
import { typedScoreYears } from '../core/score/sheet';
import { assessmentYearOn, localDay, resultsYearOn } from '../core/score/years';
import { thaiDigitsToArabic } from '../core/text/thai';
import type { WorkbookPort } from '../workbook/port';
import { Bar } from './Bars';
import { friendlyError } from './errors';
import { useLang } from './LangContext';
import { note as say, type Note } from './notes';
import { SPOKEN } from './spoken';
import { useSheet } from './useSheet';
import { canWatchEdits, useSheetEdits } from './useSheetEdits';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  grid: { display: 'grid', gridTemplateColumns: '1fr 6em', gap: tokens.spacingVerticalXS, alignItems: 'center' },
  missing: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'start',
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
  },
  // A missing item's title wraps under its code in a narrow pane, left-aligned as text.
  item: { textAlign: 'start', justifyContent: 'start', height: 'auto', minHeight: '24px' },
  spoken: SPOKEN,
  big: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
  invalid: { color: tokens.colorPaletteRedForeground1 },
});

/** A percentage bar. */
function PercentBar({ label, value, detail }: { label: string; value: number | null; detail?: string }) {
  const { t } = useLang();
  return <Bar label={label} fraction={(value ?? 0) / 100} shown={t.percent(value)} detail={detail} />;
}

/** The level, pass or not, and "excellent" where the level's name does not say it. */
function useVerdict(): (x: ItaScore) => string {
  const { lang, t } = useLang();
  return (x) =>
    [
      lang === 'th' ? x.level : x.levelEn,
      x.pass ? t.passed : t.notPassed,
      ...(excellentBeside(x) ? [t.excellent] : []),
    ].join(' · ');
}

/** The ITA score of each year read from a score sheet: the total and each tool, numbers beside bars. */
function History({ years }: { years: readonly ItaScore[] }) {
  const { t } = useLang();
  const verdict = useVerdict();
  const s = useStyles();
  return (
    <section className={s.root} data-testid="ita-history" aria-label={t.historyHead}>
      <Text weight="semibold">{t.historyHead}</Text>
      {years.map((y) => (
        <div key={y.year} data-testid="history-year" data-year={y.year}>
          <Text weight="semibold">{t.historyYear(y.year)}</Text>
          <Bar label={t.total} fraction={y.total / 100} shown={y.total.toFixed(2)} detail={verdict(y)} />
          {(['iit', 'eit', 'oit'] as const).map((k) => (
            <Bar key={k} label={k.toUpperCase()} fraction={y[k] / 100} shown={y[k].toFixed(2)} />
          ))}
        </div>
      ))}
    </section>
  );
}

interface SheetChoice {
  readonly current: () => Promise<string>;
  readonly picker: JSX.Element | null;
  readonly fileMode: boolean;
  readonly picked: string | null;
}

/** A warning in a live region (there before its message, so that screen readers say it). */
function Warning({ note }: { note: Note | null }) {
  const { t } = useLang();
  return (
    <div role="status">
      {note && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{note.say(t)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/**
 * What the sheet's own score formulas count otherwise than the check, so that the sheet shows another
 * score: rows in words they do not take (checklist-not-counted), and items they count otherwise from the
 * cells (a status merged down, a code left off rows of differing statuses), as the check worked out.
 */
function countedOtherwise(r: SheetReport): { rows: number; items: number } {
  const rows = r.findings.filter((f) => f.code === 'checklist-not-counted').length;
  return { rows, items: r.countedOtherwise?.length ?? 0 };
}

function ChecklistPanel({ port, sheet, shown }: { port: WorkbookPort; sheet: SheetChoice; shown: boolean }) {
  const { lang, t } = useLang();
  const s = useStyles();
  const { current, picker, fileMode } = sheet;
  // `otherwise`: what the sheet's own score formulas count otherwise than the check.
  const [score, setScore] = useState<{
    sheet: string;
    c: ChecklistScore;
    otherwise: { rows: number; items: number };
  } | null>(null);
  const [note, setNote] = useState<Note | null>(null);
  const reads = useRef(0);

  /** Score a sheet: the one given (edited since it was scored), else the one picked or active. */
  async function read(edited?: string) {
    // Only the latest read shows: one started by an edit may end after the user asked for another sheet.
    const mine = ++reads.current;
    setNote(null);
    try {
      const name = edited ?? (await current());
      const r = checkSheet(await port.readSheet(name));
      if (mine !== reads.current) return;
      if (r.kind !== 'checklist' || !r.checklist) {
        setScore(null);
        setNote(say((t) => t.notChecklist));
        return;
      }
      setScore({ sheet: name, c: r.checklist, otherwise: countedOtherwise(r) });
    } catch (e) {
      if (mine === reads.current) setNote(say((t) => friendlyError(e, t)));
    }
  }

  // The score follows the user's edits of the checklist: a checklist is a few hundred rows, read whole.
  const [watching, setWatching] = useState(true);
  const live = canWatchEdits(port) && watching;
  useSheetEdits(
    port,
    score?.sheet ?? null,
    (_, sheet) => void read(sheet),
    () => setWatching(false),
  );

  // A file (or an Excel without events) tells of no edits: the score is read again when the tab is
  // shown again, as fixes made meanwhile in the Check tab have changed the sheet.
  const readAgain = useRef(read);
  readAgain.current = read;
  const wasShown = useRef(shown);
  const scored = score?.sheet ?? null;
  useEffect(() => {
    const back = shown && !wasShown.current;
    wasShown.current = shown;
    if (back && scored !== null && !live) void readAgain.current(scored);
  }, [shown, scored, live]);

  const go = (row: number) =>
    port.selectCell(score!.sheet, `A${row}`).catch((e: unknown) => setNote(say((t) => friendlyError(e, t))));

  // A result belongs to the sheet it was read from: another sheet picked, it is no longer shown.
  const f = score && (sheet.picked === null || sheet.picked === score.sheet) ? getFramework(score.c.framework) : null;
  return (
    <section className={s.root}>
      <Text as="h2" weight="semibold">
        {t.checklistHead}
      </Text>
      <div className={s.row}>
        {picker}
        <Button appearance="primary" onClick={() => void read()} data-testid="checklist-read">
          {fileMode ? t.checklistReadSheet : t.checklistRead}
        </Button>
      </div>
      <Warning note={note} />
      <div role="status" className={s.spoken} data-testid="checklist-said">
        {score && f
          ? t.checklistSaid(
              t.percent(score.c.percent),
              t.itemsDone(score.c.itemsDone, score.c.items, score.c.itemsNotApplicable),
            )
          : ''}
      </div>
      {score && f && (
        <div className={s.root} data-testid="checklist-score" data-framework={score.c.framework}>
          {live && (
            <Text size={200} data-testid="checklist-live">
              {t.checklistLive}
            </Text>
          )}
          {score.otherwise.rows + score.otherwise.items > 0 && (
            <MessageBar layout="multiline" intent="warning" data-testid="checklist-sheet-differs">
              <MessageBarBody>{t.checklistSheetDiffers(score.otherwise.rows, score.otherwise.items)}</MessageBarBody>
            </MessageBar>
          )}
          <PercentBar
            label={`${t.overall} (${score.c.framework})`}
            value={score.c.percent}
            detail={`${t.componentsDone(score.c.componentsDone, score.c.components)} · ${t.itemsDone(score.c.itemsDone, score.c.items, score.c.itemsNotApplicable)}`}
          />
          {f.indicators.map((ind) => (
            <div key={ind.id}>
              <PercentBar
                label={t.indicator(String(ind.id), ind[lang])}
                value={score.c.byIndicator[String(ind.id)] ?? null}
              />
              {f.subIndicators
                .filter((x) => x.indicator === ind.id)
                .map((x) => (
                  <PercentBar key={x.id} label={`${x.id} ${x[lang]}`} value={score.c.bySubIndicator[x.id] ?? null} />
                ))}
            </div>
          ))}
          <Text>
            {t.projectedOit}:{' '}
            <Text weight="semibold" data-testid="projected-oit">
              {score.c.projected.oit?.toFixed(2) ?? '–'}
            </Text>
          </Text>
          <Text weight="semibold" id="still-missing">
            {t.stillMissing}
          </Text>
          {score.c.missing.length === 0 ? (
            <Text>{t.noneMissing}</Text>
          ) : (
            <ul className={s.missing} aria-labelledby="still-missing">
              {score.c.missing.map((code) => {
                const p = score.c.perItem.find((x) => x.code === code)!;
                const item = f.items.find((x) => x.code === code)!;
                // Each item's name in full, for every user (a tooltip is the mouse's alone). The frameworks'
                // titles are Thai only: in English the code and the share done.
                const title = `${code}${lang === 'th' ? ` ${item.title}` : ''} (${t.percent(p.percent)})`;
                return (
                  <li key={code}>
                    {/* A file has no selection to show: the item is named, not offered as a link to nowhere. */}
                    {fileMode ? (
                      <Text data-testid="missing-item" data-code={code}>
                        {title}
                      </Text>
                    ) : (
                      <Button
                        size="small"
                        appearance="subtle"
                        className={s.item}
                        disabled={p.row === null}
                        onClick={() => p.row !== null && void go(p.row)}
                        data-testid="missing-item"
                        data-code={code}
                      >
                        {title}
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

/** The newest year of a score sheet with any score typed, if one has. */
function newestTyped(years: ReadonlyMap<number, readonly string[]>): number | undefined {
  const typed = [...years].filter(([, scores]) => scores.some((v) => v !== '')).map(([y]) => y);
  return typed.length ? Math.max(...typed) : undefined;
}

function ItaPanel({ port, sheet }: { port: WorkbookPort | null; sheet: SheetChoice | null }) {
  const { lang, t } = useLang();
  const verdict = useVerdict();
  const s = useStyles();
  // Every year from the assessment under way back to the first with level bands; the newest year
  // whose results are out comes chosen, as the one a user most likely types in.
  const [years, newest] = useMemo(() => {
    const today = localDay(new Date());
    const out: number[] = [];
    for (let y = assessmentYearOn(today); y >= (ITA.years[0]?.from ?? 2561); y--) out.push(y);
    return [out, resultsYearOn(today)] as const;
  }, []);
  const [year, setYear] = useState(newest);
  const [inputs, setInputs] = useState<string[]>(() => ITA.indicators.map(() => ''));
  const [note, setNote] = useState<Note | null>(null);
  const [history, setHistory] = useState<readonly ItaScore[]>([]);
  // Whether the scores shown were read from a sheet (and go when a sheet read next has none).
  const [fromSheet, setFromSheet] = useState(false);
  // The boxes of each year since the sheet was read: the sheet's own, then as the user left them.
  const [byYear, setByYear] = useState<ReadonlyMap<number, readonly string[]>>(new Map());
  // A sheet's year outside the list (2560, say) is added to it: the year shown is the one scored.
  const choices = years.includes(year) ? years : [...years, year].sort((a, b) => b - a);
  const values = inputs.map((v) => Number(thaiDigitsToArabic(v.trim())));
  // 0.83 is a fraction (a percentage copied from a cell), not a score out of 100: said, not scored.
  const valid = (v: number) => Number.isFinite(v) && v >= 0 && v <= 100 && !looksLikeFraction(v);
  // Typed but no score (75,86 with a decimal comma, or 101): said at its box, not only by the total going.
  const invalid = inputs.map((v, i) => v.trim() !== '' && !valid(values[i]!));
  const complete = inputs.every((v) => v.trim() !== '') && values.every(valid);
  const score = complete ? itaScore(year, values) : null;

  async function readSheet(p: WorkbookPort, choice: SheetChoice) {
    setNote(null);
    let grid, r;
    try {
      grid = await p.readSheet(await choice.current());
      r = checkSheet(grid);
    } catch (e) {
      setNote(say((t) => friendlyError(e, t)));
      return;
    }
    // Each year as the sheet has it: a year scored by its numbers read, one mistyped or part filled
    // (no score, so not in the history) as typed, its faults then said at their boxes.
    const scored = (x: ItaScore) => ITA.indicators.map((ind) => String(x.indicators[String(ind.id)]));
    const years = new Map(r.kind === 'ita-score' ? typedScoreYears(grid, r.score?.year ?? year) : []);
    for (const h of r.history ?? []) years.set(h.year, scored(h));
    // A sheet with no year whole shows its newest year typed, as a sheet of several years shows one.
    const shown = r.score?.year ?? newestTyped(years);
    if (shown === undefined) {
      setNote(say((t) => t.notScoreSheet));
      // The scores of the sheet read before are not this sheet's.
      if (fromSheet) {
        setHistory([]);
        setByYear(new Map());
        setInputs(ITA.indicators.map(() => ''));
        setFromSheet(false);
      }
      return;
    }
    setFromSheet(true);
    setHistory(r.history ?? []);
    setByYear(years);
    setYear(shown);
    setInputs([...years.get(shown)!]);
  }

  // Scores read from a sheet are one year's: another year chosen shows its own from the sheet, or none
  // (to be typed), never the first year's graded by the other's bands. What the boxes hold is kept for
  // the year left: typed or corrected by the user, it is there again when that year is picked again.
  function chooseYear(y: number) {
    setYear(y);
    if (!fromSheet) return;
    const kept = new Map(byYear).set(year, inputs);
    setByYear(kept);
    setInputs([...(kept.get(y) ?? ITA.indicators.map(() => ''))]);
  }

  return (
    <section className={s.root}>
      <Text as="h2" weight="semibold">
        {t.scoreHead}
      </Text>
      <div className={s.row}>
        <Field label={t.year}>
          <Select value={String(year)} onChange={(_, d) => chooseYear(Number(d.value))} data-testid="score-year">
            {choices.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        {port && sheet && (
          <Button onClick={() => void readSheet(port, sheet)} data-testid="score-read">
            {t.scoreRead}
          </Button>
        )}
      </div>
      <Warning note={note} />
      <div className={s.grid}>
        {ITA.indicators.map((ind, i) => (
          <Fragment key={ind.id}>
            <Label htmlFor={`indicator-${ind.id}`} size="small">
              {ind.id}. {ind[lang]}
            </Label>
            <Input
              id={`indicator-${ind.id}`}
              size="small"
              value={inputs[i]}
              inputMode="decimal"
              onChange={(_, d) => setInputs(inputs.map((v, k) => (k === i ? d.value : v)))}
              aria-invalid={invalid[i] || undefined}
              aria-describedby={invalid[i] ? 'score-invalid' : undefined}
              data-testid={`indicator-${ind.id}`}
            />
          </Fragment>
        ))}
      </div>
      {invalid.some(Boolean) && (
        <Text id="score-invalid" role="alert" className={s.invalid} data-testid="score-invalid">
          {ITA.indicators
            .filter((_, i) => invalid[i])
            .map((ind) => t.scoreInvalid(ind.id, inputs[ind.id - 1]!.trim(), values[ind.id - 1]!))
            .join(' · ')}
        </Text>
      )}
      <div role="status" className={s.spoken} data-testid="ita-said">
        {score ? t.scoreSaid(score.total.toFixed(2), verdict(score)) : ''}
      </div>
      {score ? (
        <div data-testid="ita-score" className={s.root}>
          <Text>
            IIT <b>{score.iit.toFixed(2)}</b> · EIT <b>{score.eit.toFixed(2)}</b> · OIT <b>{score.oit.toFixed(2)}</b>
          </Text>
          <Text>
            {t.total}:{' '}
            <span className={s.big} data-testid="ita-total">
              {score.total.toFixed(2)}
            </span>
          </Text>
          <Text data-testid="ita-level">
            {t.level}: {verdict(score)}
          </Text>
          <Text weight="semibold">{t.weakest}</Text>
          <ol data-testid="ita-weakest">
            {score.weakest.map((id) => (
              <li key={id}>
                {t.indicator(String(id), ITA.indicators[id - 1]![lang])}: {score.indicators[String(id)]!.toFixed(2)}
              </li>
            ))}
          </ol>
        </div>
      ) : (
        <Text size={200}>{t.scoreNeeds}</Text>
      )}
      {history.length > 1 && <History years={history} />}
    </section>
  );
}

function WithWorkbook({ port, shown }: { port: WorkbookPort; shown: boolean }) {
  const sheet = useSheet(port, 'score-sheet-select');
  return (
    <>
      <ChecklistPanel port={port} sheet={sheet} shown={shown} />
      <Divider />
      <ItaPanel port={port} sheet={sheet} />
    </>
  );
}

/**
 * Checklist completeness (live from a checklist sheet) and the ITA score (also without a workbook).
 * `shown`: the tab is the one in front (it stays mounted, hidden, while another is).
 */
export function ScoreTab({ port, shown = true }: { port: WorkbookPort | null; shown?: boolean }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL }}>
      {port ? <WithWorkbook port={port} shown={shown} /> : <ItaPanel port={null} sheet={null} />}
    </div>
  );
}
