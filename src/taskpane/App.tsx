import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { whyUnreadable } from '../workbook/file/cannotRead';
import { useEffect, useRef, useState } from 'react';
import type { Bilingual } from '../core/templates/types';
import type { FileWorkbookPort, Host, WorkbookPort } from '../workbook/port';
import { CheckTab } from './CheckTab';
import { FileOpener } from './FileOpener';
import { STRINGS, type Lang } from './i18n';
import { LangContext } from './LangContext';
import { ScoreTab } from './ScoreTab';
import { TemplatesTab } from './TemplatesTab';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    // Thai first: a Thai font where the system has one.
    fontFamily: `'Sarabun', 'TH Sarabun New', 'Leelawadee UI', 'Noto Sans Thai', 'Loma', 'Tahoma', ${tokens.fontFamilyBase}`,
    // Never wider than the task pane: a dropdown grows to its longest option, a file name may be long.
    maxWidth: '100%',
    boxSizing: 'border-box',
    overflowWrap: 'anywhere',
    '& .fui-Select, & select, & .fui-Field': { maxWidth: '100%', minWidth: 0 },
  },
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'center' },
  // A pane zoomed to 150 % is some 200 px wide: the tabs go onto a second line rather than past the edge.
  tabs: { flexWrap: 'wrap' },
});

type TabId = 'check' | 'score' | 'templates';

/** Whether a file holds fixes or sheets not yet downloaded. */
const unsaved = (port: WorkbookPort) => (port as Partial<FileWorkbookPort>).unsaved === true;

const LANG_KEY = 'ita-addin-lang';

function initialLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'th';
  } catch {
    return 'th';
  }
}

export function App({ host }: { host: Host }) {
  const s = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [tab, setTab] = useState<TabId>('check');
  // Tabs are mounted on their first visit and kept (hidden) after it.
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(new Set(['check']));
  // `opened`: which opening of a file this is; a file opened again (a corrected one of the same name)
  // starts the tabs afresh, with no report, note or form choice of the one before.
  const [file, setFile] = useState<{ name: string; port: WorkbookPort; opened: number } | null>(null);
  const openings = useRef(0);
  // Why a file could not be opened, in both languages: shown in the one chosen, also after a switch.
  const [fileError, setFileError] = useState<Bilingual | null>(null);
  // Inside Excel the user may still prefer a file (an old Excel, or a file not open in Excel).
  const [useFile, setUseFile] = useState(!host.excel);
  const t = STRINGS[lang];
  // The page's own language too, so that a screen reader reads the pane with the voice of it.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  function switchLang() {
    const next: Lang = lang === 'th' ? 'en' : 'th';
    setLang(next);
    try {
      localStorage.setItem(LANG_KEY, next);
    } catch {
      /* private mode: the choice lasts this session only */
    }
  }

  async function openFile(name: string, data: ArrayBuffer) {
    setFileError(null);
    let port: WorkbookPort;
    try {
      port = await host.openFile(data, name);
    } catch (e) {
      // The file open before stays open, with its fixes: only the new one could not be read.
      const message = e instanceof Error ? e.message : String(e);
      setFileError(whyUnreadable(e) ?? { th: message, en: message });
      return;
    }
    // Fixes not yet downloaded go with the file they were made in: asked first, in the pane (Office
    // add-ins have no window.confirm).
    if (file && unsaved(file.port)) setPending({ name, port });
    else setFile({ name, port, opened: ++openings.current });
  }

  /** The file read while another held fixes not yet downloaded, waiting for the user's word. */
  const [pending, setPending] = useState<{ name: string; port: WorkbookPort } | null>(null);

  // Closing the pane (or the browser tab) with fixes not yet downloaded: the browser asks first.
  const current = useRef(file);
  current.current = file;
  useEffect(() => {
    const ask = (e: BeforeUnloadEvent) => {
      if (current.current && unsaved(current.current.port)) e.preventDefault();
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, []);

  const port = useFile ? (file?.port ?? null) : host.excel;

  return (
    <LangContext.Provider value={lang}>
      <FluentProvider theme={webLightTheme} lang={lang}>
        <main className={s.root}>
          <div className={s.head}>
            <Text as="h1" size={500} weight="semibold">
              {t.appTitle}
            </Text>
            <Button size="small" onClick={switchLang} data-testid="lang" lang={lang === 'th' ? 'en' : 'th'}>
              {t.switchLang}
            </Button>
          </div>
          {host.excel && host.limits.length > 0 && (
            <MessageBar layout="multiline" intent="warning" data-testid="limits">
              <MessageBarBody>
                <MessageBarTitle>{t.limitsTitle}</MessageBarTitle>
                {t.limits(host.limits.map((l) => t.limitNames[l]).join(', '))}
              </MessageBarBody>
            </MessageBar>
          )}
          {host.excel && (
            <div>
              <Button size="small" appearance="subtle" onClick={() => setUseFile(!useFile)} data-testid="toggle-file">
                {useFile ? t.useExcel : t.useFile}
              </Button>
            </div>
          )}
          <TabList
            className={s.tabs}
            selectedValue={tab}
            onTabSelect={(_, d) => {
              setTab(d.value as TabId);
              setVisited((v) => new Set([...v, d.value as TabId]));
            }}
          >
            <Tab value="check">{t.tabCheck}</Tab>
            <Tab value="score">{t.tabScore}</Tab>
            <Tab value="templates">{t.tabTemplates}</Tab>
          </TabList>
          {/* A tab once visited stays mounted, hidden when not chosen: a report or typed scores outlive a look elsewhere. */}
          {visited.has('templates') && (
            <div hidden={tab !== 'templates'}>
              <TemplatesTab host={host} />
            </div>
          )}
          {tab !== 'templates' && useFile && <FileOpener fileName={file?.name ?? null} onOpen={openFile} />}
          {/* Said as it appears: the new file is not open yet, and a screen reader user must know why. */}
          <div role="alert">
            {tab !== 'templates' && pending && file && (
              <MessageBar layout="multiline" intent="warning" data-testid="discard-unsaved">
                <MessageBarBody>{t.discardUnsaved(file.name, pending.name)}</MessageBarBody>
                <MessageBarActions>
                  <Button
                    size="small"
                    onClick={() => {
                      setFile({ ...pending, opened: ++openings.current });
                      setPending(null);
                    }}
                    data-testid="discard-open"
                  >
                    {t.discardOpen}
                  </Button>
                  <Button size="small" onClick={() => setPending(null)} data-testid="discard-cancel">
                    {t.discardKeep}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            )}
          </div>
          <div role="alert">
            {tab !== 'templates' && fileError && (
              <MessageBar layout="multiline" intent="error">
                <MessageBarBody data-testid="file-error">{t.cannotRead(fileError[lang])}</MessageBarBody>
              </MessageBar>
            )}
          </div>
          {port && (
            <div hidden={tab !== 'check'}>
              <CheckTab
                key={useFile ? `file-${file?.opened ?? 0}` : 'excel'}
                port={port}
                host={host}
                fileName={useFile ? file?.name : undefined}
              />
            </div>
          )}
          {visited.has('score') && (
            <div hidden={tab !== 'score'}>
              <ScoreTab key={useFile ? `file-${file?.opened ?? 0}` : 'excel'} port={port} shown={tab === 'score'} />
            </div>
          )}
        </main>
      </FluentProvider>
    </LangContext.Provider>
  );
}
