import { ReasonedError } from '../errors/reasoned-error';

/**
 * Why a teaching or confirmation was refused. The UI words each reason in zh and en
 * (public/_locales: teachError_<reason>); nothing is written when one is thrown.
 */
export type TeachRejection =
  /** The selected text holds no number with a unit. */
  | 'no-number'
  /** A new indicator needs a name in at least one language. */
  | 'empty-name'
  /** Another indicator (user or canonical) already has that name. */
  | 'duplicate-name'
  /** The taught figure fits no figure at all, not even its own example. */
  | 'matches-nothing'
  | 'unknown-indicator'
  | 'unknown-report'
  /** The report no longer states a figure at the place confirmed (read again since the list was shown). */
  | 'not-stated'
  /** A figure can be confirmed as a canonical indicator only on a saved report. */
  | 'not-saved';

export class TeachError extends ReasonedError<TeachRejection> {}
