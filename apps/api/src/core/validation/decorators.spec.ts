import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { IsOptional, IsString, validate } from 'class-validator';
import fc from 'fast-check';
import {
  EmptyToNull,
  IsDateOnly,
  IsOptionalButNotNull,
  NotBeforeField,
  NotInFuture,
  Trim,
  isDateOnly,
  todayIso,
} from './decorators.js';

describe('isDateOnly', () => {
  it('accepts real calendar dates written YYYY-MM-DD, leap days included', () => {
    for (const date of ['2024-02-29', '2000-02-29', '2025-01-01', '2025-12-31', '1900-01-01', '2025-04-30']) {
      expect({ date, ok: isDateOnly(date) }).toEqual({ date, ok: true });
    }
  });

  it('refuses impossible dates', () => {
    for (const date of [
      '2025-02-29',
      '1900-02-29',
      '2025-13-01',
      '2025-00-10',
      '2025-01-00',
      '2025-01-32',
      '2025-04-31',
      '2025-02-30',
    ]) {
      expect({ date, ok: isDateOnly(date) }).toEqual({ date, ok: false });
    }
  });

  it('refuses other spellings and other types', () => {
    for (const value of [
      '2025-1-01',
      '2025-01-1',
      '25-01-01',
      '2025/01/01',
      '01-02-2025',
      '2025-01-01T00:00:00Z',
      ' 2025-01-01',
      '2025-01-01 ',
      '2025-01-01\n',
      '+02025-01-01',
      '２０２５-01-01',
      '',
      20250101,
      new Date('2025-01-01'),
      null,
      undefined,
      { toString: () => '2025-01-01' },
    ]) {
      expect({ value, ok: isDateOnly(value) }).toEqual({ value, ok: false });
    }
  });

  it('agrees with the calendar for every day from 1900 to 2100', () => {
    const start = Date.UTC(1900, 0, 1);
    const end = Date.UTC(2100, 11, 31);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Math.floor((end - start) / 86_400_000) }), (days) => {
        const iso = new Date(start + days * 86_400_000).toISOString().slice(0, 10);
        return isDateOnly(iso);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
          return isDateOnly(iso) === d <= daysInMonth;
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('todayIso is today in UTC', () => {
    expect(todayIso()).toBe(new Date().toISOString().slice(0, 10));
    expect(isDateOnly(todayIso())).toBe(true);
  });
});

class Dates {
  @IsDateOnly()
  @NotInFuture()
  injuryDate!: unknown;

  @IsOptional()
  @IsDateOnly()
  @NotBeforeField('injuryDate')
  surgeryDate?: unknown;
}

async function issues(input: Record<string, unknown>): Promise<Record<string, string[]>> {
  const errors = await validate(plainToInstance(Dates, input));
  return Object.fromEntries(errors.map((e) => [e.property, Object.values(e.constraints ?? {})]));
}

describe('date decorators', () => {
  it('IsDateOnly explains the expected format', async () => {
    expect(await issues({ injuryDate: '2025-02-29' })).toEqual({
      injuryDate: ['must be a calendar date written YYYY-MM-DD'],
    });
    expect(await issues({ injuryDate: '2024-02-29' })).toEqual({});
  });

  it('NotInFuture allows today and refuses tomorrow', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(await issues({ injuryDate: todayIso() })).toEqual({});
    expect(await issues({ injuryDate: tomorrow })).toEqual({ injuryDate: ['must not be in the future'] });
  });

  it('NotBeforeField allows the same day or later and refuses an earlier date', async () => {
    expect(await issues({ injuryDate: '2025-03-02', surgeryDate: '2025-03-02' })).toEqual({});
    expect(await issues({ injuryDate: '2025-03-02', surgeryDate: '2025-03-30' })).toEqual({});
    expect(await issues({ injuryDate: '2025-03-02', surgeryDate: '2025-03-01' })).toEqual({
      surgeryDate: ['must not be before injuryDate'],
    });
    // Leaves a malformed other field to its own validator rather than reporting a misleading order.
    expect(await issues({ injuryDate: 'soon', surgeryDate: '2025-03-01' })).toEqual({
      injuryDate: ['must be a calendar date written YYYY-MM-DD'],
    });
  });
});

class Partial {
  @IsOptionalButNotNull()
  @Trim()
  @IsString()
  name?: unknown;

  @IsOptional()
  @EmptyToNull()
  @IsString()
  phone?: unknown;
}

describe('input shaping decorators', () => {
  it('IsOptionalButNotNull allows leaving a field out but not sending null', async () => {
    expect(await validate(plainToInstance(Partial, {}))).toEqual([]);
    const errors = await validate(plainToInstance(Partial, { name: null }));
    expect(errors.map((e) => e.property)).toEqual(['name']);
  });

  it('Trim trims strings and leaves other values to the validators', async () => {
    expect(plainToInstance(Partial, { name: '  Ada  ' }).name).toBe('Ada');
    const errors = await validate(plainToInstance(Partial, { name: 42 }));
    expect(errors.map((e) => e.property)).toEqual(['name']);
  });

  it('EmptyToNull turns blank text into null and trims the rest', () => {
    expect(plainToInstance(Partial, { phone: '   ' }).phone).toBeNull();
    expect(plainToInstance(Partial, { phone: '' }).phone).toBeNull();
    expect(plainToInstance(Partial, { phone: ' +1 555 0100 ' }).phone).toBe('+1 555 0100');
  });
});
