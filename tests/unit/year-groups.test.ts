import { describe, expect, it } from 'vitest';
import { groupByYearMonth, monthAnchor, monthUrl, nameOfMonth, yearUrl } from '../../src/lib/listing/year-groups.ts';

describe('conclusions by year and month', () => {
  const items = [
    { slug: 'a', date: '2024-12-30' },
    { slug: 'c', date: '2025-10-31' },
    { slug: 'b', date: '2025-10-31' },
    { slug: 'd', date: '2025-01-02' },
    { slug: 'e', date: '2023-07-25' },
  ];
  it('groups newest first, with counts, the same date ordered by slug whatever the order read', () => {
    for (const order of [items, [...items].reverse()]) {
      const years = groupByYearMonth(order);
      expect(years.map((y) => [y.year, y.count])).toEqual([[2025, 3], [2024, 1], [2023, 1]]);
      expect(years[0].months.map((m) => [m.key, m.name, m.items.map((i) => i.slug)])).toEqual([
        ['2025-10', 'October', ['b', 'c']],
        ['2025-01', 'January', ['d']],
      ]);
    }
  });
  it('names months in English from Intl and links a year, a month, and a month\'s entry on its year page', () => {
    expect([1, 5, 12].map(nameOfMonth)).toEqual(['January', 'May', 'December']);
    expect(yearUrl(2025)).toBe('/years/2025/');
    expect(monthUrl('2025-10')).toBe('/years/2025/10/');
    expect(monthUrl('2024-03')).toBe('/years/2024/03/');
    expect(monthAnchor('2025-10')).toBe('m-2025-10');
  });
});
