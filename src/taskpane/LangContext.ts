import { createContext, useContext } from 'react';
import { STRINGS, type Lang, type Strings } from './i18n';

export const LangContext = createContext<Lang>('th');

export function useLang(): { lang: Lang; t: Strings } {
  const lang = useContext(LangContext);
  return { lang, t: STRINGS[lang] };
}
