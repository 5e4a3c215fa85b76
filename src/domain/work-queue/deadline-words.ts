// The deadline of a queue item in words, e.g. "terlambat 3 hari kerja", "jatuh tempo 2 hari kerja lagi".
import type { QueueWhen } from './types.js';

export function deadlineWords(when: QueueWhen, locale: 'id' | 'en'): string {
  const en = locale === 'en';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  switch (when.kind) {
    case 'overdue':
      return en ? `${plural(when.workingDays, 'working day')} late` : `terlambat ${when.workingDays} hari kerja`;
    case 'due':
      if (when.workingDays === 0) return en ? 'due today' : 'jatuh tempo hari ini';
      return en ? `due in ${plural(when.workingDays, 'working day')}` : `jatuh tempo ${when.workingDays} hari kerja lagi`;
    case 'waiting':
      if (when.days === 0) return en ? 'since today' : 'sejak hari ini';
      return en ? `waiting ${plural(when.days, 'day')}` : `menunggu ${when.days} hari`;
  }
}
