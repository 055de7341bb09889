import {
  formatNumberId,
  parseNumber,
  parseNumberStrict,
  roundTo,
} from '../../src/core/numbers';

describe('parseNumber: Indonesian number text (DOMAIN §2)', () => {
  it.each([
    ['87,5', 87.5],
    ['87,5%', 87.5],
    ['87,5 %', 87.5],
    ['1.250,5', 1250.5],
    ['1.250', 1250],
    ['1.250.000', 1250000],
    ['1.250.000,75', 1250000.75],
    [' 90 ', 90],
    ['90', 90],
    ['87.5', 87.5],
    ['1.25', 1.25],
    ['1.2500', 1.25],
    ['0.125', 0.125],
    ['01.250', 1.25],
    ['0,125', 0.125],
    [',5', 0.5],
    ['-2,5', -2.5],
    ['\u22122,5', -2.5],
    ['+3', 3],
    ['1\u00a0250,5', 1250.5],
    ['1,250.5', 1250.5],
    ['1,25', 1.25],
    ['1e3', 1000],
  ])('%j -> %p', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each([[0], [87.5], [-3], [1e21]])(
    'uses the real number %p as it is',
    n => {
      expect(parseNumber(n)).toBe(n);
    },
  );

  it.each([
    ['abc'],
    ['12.34.5'],
    ['1.250,5,5'],
    ['1,2,3'],
    ['1.25.000'],
    ['1,250,5.5.5'],
    ['87,5%%'],
    ['-'],
    ['%'],
    ['1.2,3'],
  ])('rejects %j as invalid text, kept for the message', text => {
    expect(parseNumberStrict(text)).toEqual({
      kind: 'invalid',
      text: text.trim(),
    });
    expect(parseNumber(text)).toBeNull();
  });

  it.each([[''], ['   '], [null], [undefined]])('%j is blank', value => {
    expect(parseNumberStrict(value)).toEqual({kind: 'blank'});
  });

  it('tells invalid non-text values apart from blank', () => {
    expect(parseNumberStrict(NaN).kind).toBe('invalid');
    expect(parseNumberStrict(Infinity).kind).toBe('invalid');
    expect(parseNumberStrict(true).kind).toBe('invalid');
    expect(parseNumberStrict(new Date(0)).kind).toBe('invalid');
    expect(parseNumberStrict(12)).toEqual({kind: 'number', value: 12});
  });
});

describe('roundTo: half away from zero, robust to binary fractions', () => {
  it.each([
    [1.005, 2, 1.01],
    [1.255, 2, 1.26],
    [2.675, 2, 2.68],
    [-1.005, 2, -1.01],
    [-2.5, 0, -3],
    [2.5, 0, 3],
    [91.47509578544062, 2, 91.48],
    [87.5, 2, 87.5],
    [24.000000000000004, 9, 24],
    [109.99999999999999, 9, 110],
    [0.1 + 0.2, 9, 0.3],
    [1234.5678, 1, 1234.6],
  ])('roundTo(%p, %p) = %p', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });
});

describe('formatNumberId', () => {
  it.each([
    [87.5, 2, '87,50'],
    [1250.5, 2, '1.250,50'],
    [1234567.891, 2, '1.234.567,89'],
    [91.47509578544062, 2, '91,48'],
    [-3, 2, '-3,00'],
    [-0.001, 2, '0,00'],
    [1.005, 2, '1,01'],
    [120, 0, '120'],
    [999.995, 2, '1.000,00'],
  ])('formatNumberId(%p, %p) = %j', (value, decimals, expected) => {
    expect(formatNumberId(value, decimals)).toBe(expected);
  });
  it('shows 2 decimals by default', () => {
    expect(formatNumberId(85.5)).toBe('85,50');
  });
});
