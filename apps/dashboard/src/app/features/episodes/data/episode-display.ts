import { EPISODE_CONDITION_LABELS, type Episode } from '@proprio/contracts';

import { todayIsoDate, weeksSince } from '../../../shared/dates/calendar-date';
import { SIDE_LABELS } from '../../../shared/labels/labels';

/** "ACL reconstruction, left knee": how an episode is named in headings and lists. */
export function episodeTitle(episode: Pick<Episode, 'condition' | 'involvedSide'>): string {
  return `${EPISODE_CONDITION_LABELS[episode.condition]}, ${SIDE_LABELS[episode.involvedSide].toLowerCase()}`;
}

/**
 * Time since surgery in completed weeks, the unit rehabilitation milestones are set in
 * ("week 12 post-op"). Empty without a surgery date; "Scheduled" while the date is ahead.
 */
export function postOpWeeksLabel(surgeryDate: string | null, today: string = todayIsoDate()): string {
  if (!surgeryDate) {
    return '—';
  }
  const weeks = weeksSince(surgeryDate, today);
  if (weeks === null) {
    return '—';
  }
  if (weeks < 0) {
    return 'Scheduled';
  }
  return weeks === 1 ? '1 week' : `${weeks} weeks`;
}
