import { episodeTitle, postOpWeeksLabel } from './episode-display';

describe('episode display', () => {
  it('names an episode by condition and side', () => {
    expect(episodeTitle({ condition: 'acl_revision', involvedSide: 'right' })).toBe(
      'ACL revision reconstruction, right',
    );
  });

  it('shows completed weeks since surgery', () => {
    expect(postOpWeeksLabel('2026-01-01', '2026-01-08')).toBe('1 week');
    expect(postOpWeeksLabel('2026-01-01', '2026-03-27')).toBe('12 weeks');
    expect(postOpWeeksLabel('2026-01-01', '2026-01-01')).toBe('0 weeks');
  });

  it('says when there is no surgery, or it is still to come', () => {
    expect(postOpWeeksLabel(null, '2026-01-08')).toBe('—');
    expect(postOpWeeksLabel('2026-02-01', '2026-01-08')).toBe('Scheduled');
  });
});
