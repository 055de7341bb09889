import {normalizeNip, numberLostDigits, parseNip} from '../../src/core/nip';

describe('parseNip (Perka BKN 22/2007, DOMAIN §7)', () => {
  it('reads the official example 19660801 198803 1 001', () => {
    const result = parseNip('19660801 198803 1 001');
    expect(result).toEqual({
      ok: true,
      info: {
        nip: '196608011988031001',
        birthDate: {year: 1966, month: 8, day: 1},
        tmt: {year: 1988, month: 3},
        gender: 'Pria',
        sequence: '001',
        status: 'PNS',
      },
    });
  });

  it.each([
    ['19660801.198803.1.001', '196608011988031001'],
    ["'196608011988031001", '196608011988031001'],
    ['\u00a0196608011988031001 ', '196608011988031001'],
    [12345, '12345'],
    [null, ''],
  ])('normalizeNip(%j) = %j', (raw, expected) => {
    expect(normalizeNip(raw)).toBe(expected);
  });

  it.each([
    // [nip, status, ok | code]
    ['196608011988032001', 'PNS', 'ok'],
    ['197202292000031002', 'PNS', 'ok'], // 29 Feb of leap year 1972
    ['200002292020012001', 'PNS', 'ok'], // 2000 is a leap year (divisible by 400)
    ['197302292000031002', 'PNS', 'birthDate'], // 1973 is not a leap year
    ['190002292000031002', 'PNS', 'birthDate'], // 1900 not a leap year (and too early)
    ['196613011988031001', 'PNS', 'birthDate'], // month 13
    ['196600011988031001', 'PNS', 'birthDate'], // month 0
    ['196608001988031001', 'PNS', 'birthDate'], // day 00
    ['196608321988031001', 'PNS', 'birthDate'], // day 32
    ['196604311988031001', 'PNS', 'birthDate'], // 31 April
    ['193008011988031001', 'PNS', 'birthDate'], // before 1940
    ['196608011988131001', 'PNS', 'tmt'], // TMT month 13
    ['196608011988001001', 'PNS', 'tmt'], // TMT month 00
    ['196608011975031001', 'PNS', 'tmt'], // appointed at age 9
    ['196608011988033001', 'PNS', 'gender'], // gender 3
    ['196608011988030001', 'PNS', 'gender'], // gender 0
    ['1966080119880310011', 'PNS', 'length'], // 19 digits
    ['19660801198803100', 'PNS', 'length'], // 17 digits
    ['', 'PNS', 'length'],
    ['19660801198803100A', 'PNS', 'digits'],
    ['1966-0801-198803-1001', 'PNS', 'digits'],
    // PPPK: digits 9-14 are year + code, not a TMT; birth date and gender still checked.
    ['198503152021131002', 'PPPK', 'ok'],
    ['198503152021991001', 'PPPK', 'ok'],
    ['198503152021131002', 'PNS', 'tmt'],
    ['198513152021011002', 'PPPK', 'birthDate'],
    ['198503152021013002', 'PPPK', 'gender'],
  ] as const)('%s as %s -> %s', (nip, status, expected) => {
    const result = parseNip(nip, status);
    expect(result.ok ? 'ok' : result.code).toBe(expected);
  });

  it('gives the PPPK tmt as null and Wanita for digit 2', () => {
    const result = parseNip('198503152021132002', 'PPPK');
    expect(result.ok && result.info.tmt).toBeNull();
    expect(result.ok && result.info.gender).toBe('Wanita');
    expect(result.ok && result.info.status).toBe('PPPK');
  });

  it.each([
    [1.96608011988031e17],
    // The point of the case: an 18-digit number cannot be held exactly by a double.
    // eslint-disable-next-line no-loss-of-precision
    [196608011988031001],
    ['1.96608011988031E+17'],
    ['1,96608011988031E+17'],
  ])('flags a NIP stored as a number (%p): its digits are lost', raw => {
    expect(numberLostDigits(raw)).toBe(true);
    const result = parseNip(raw);
    expect(result.ok ? 'ok' : result.code).toBe('storedAsNumber');
  });

  it('does not flag text or a short safe integer as lost digits', () => {
    expect(numberLostDigits('196608011988031001')).toBe(false);
    expect(numberLostDigits(12345)).toBe(false);
    const short = parseNip(12345);
    expect(short.ok ? 'ok' : short.code).toBe('length');
  });

  it('writes errors in both languages, naming the value and what is wrong', () => {
    const result = parseNip('196608011988033001');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.id).toBe(
      'NIP 196608011988033001: digit 15 (3) harus 1 (pria) atau 2 (wanita)',
    );
    expect(result.error.en).toContain('must be 1 (male) or 2 (female)');
    // Day 00 of August 1966 is no birth date (Date.UTC would roll it back to 31 July).
    const dayZero = parseNip('196608001988031001');
    expect(!dayZero.ok && dayZero.error.id).toBe(
      'NIP 196608001988031001: digit 1-8 (19660800) bukan tanggal lahir yang sah (TTTTBBHH)',
    );
    const short = parseNip('19660801198803100');
    expect(!short.ok && short.error.id).toBe(
      'NIP 19660801198803100 harus 18 digit, bukan 17',
    );
  });

  it('with today, rejects a birth year younger than 15 and a future TMT', () => {
    const today = new Date(2026, 0, 15);
    const young = parseNip('201501012035011001', 'PNS', today);
    expect(young.ok ? 'ok' : young.code).toBe('birthDate');
    const futureTmt = parseNip('199001012030011001', 'PNS', today);
    expect(futureTmt.ok ? 'ok' : futureTmt.code).toBe('tmt');
    const fine = parseNip('199001012015011001', 'PNS', today);
    expect(fine.ok).toBe(true);
    // Without today only the fixed bounds apply.
    expect(parseNip('199001012030011001').ok).toBe(true);
  });
});
