import type { Strings } from './i18n';

/**
 * A message built when shown, from the strings of the language chosen then: a note written at the
 * moment of an action would stay in that language after the user switches.
 */
export type Say = (t: Strings) => string;

/** A Say in state (a function given to a state setter directly would be taken for an updater). */
export interface Note {
  readonly say: Say;
}

export const note = (say: Say): Note => ({ say });
