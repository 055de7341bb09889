import {
  IKM_ELEMENTS,
  ikm,
  ikmMutu,
  parseIkmBobot,
  parseIkmBobotStrict,
} from '../../src/core/ikm';

/** 29 respondents × 9 answers summing to 955: all 4 (1044) with 89 answers lowered to 3. */
function example955(): number[][] {
  let toLower = 89;
  return Array.from({length: 29}, () =>
    IKM_ELEMENTS.map(() => (toLower-- > 0 ? 3 : 4)),
  );
}

describe('IKM (PermenPANRB 14/2017, DOMAIN §6)', () => {
  it('has the 9 elements', () => {
    expect(IKM_ELEMENTS).toHaveLength(9);
    expect(IKM_ELEMENTS[0]).toBe('Persyaratan');
    expect(IKM_ELEMENTS[8]).toBe('Sarana dan Prasarana');
  });

  it('worked example: 955 / (29 × 9) × 25 = 91.48 (A, Sangat Baik)', () => {
    const answers = example955();
    expect(answers.flat().reduce((a, b) => a + b, 0)).toBe(955);
    const result = ikm(answers);
    expect(result.ikm).toBeCloseTo((955 / (29 * 9)) * 25, 10);
    expect(Math.round(result.ikm! * 100) / 100).toBe(91.48);
    expect(result.mutu).toBe('A');
    expect(result.kinerja).toBe('Sangat Baik');
    expect(result.respondents).toBe(29);
    // Answers of 3 fill rows 1-9 and 8 cells of row 10: element 1 has ten 3s and nineteen 4s.
    expect(result.nrr[0]).toBeCloseTo(106 / 29, 12);
    expect(result.nrr[8]).toBeCloseTo(107 / 29, 12);
  });

  it('weights 0.111 or 0.11 change the result', () => {
    const answers = example955();
    const nrrSum = ikm(answers).nrr.reduce((a, b) => a! + b!, 0)!;
    expect(ikm(answers, 0.111).ikm).toBeCloseTo(nrrSum * 0.111 * 25, 10);
    expect(ikm(answers, 0.11).ikm).toBeCloseTo(nrrSum * 0.11 * 25, 10);
    expect(ikm(answers, 0.11).ikm).not.toBeCloseTo(ikm(answers).ikm!, 2);
  });

  it('excludes blank answers from NRR and counts respondents with any answer', () => {
    const row = (v: number | null) => IKM_ELEMENTS.map(() => v);
    const result = ikm([row(4), row(2), [null, ...row(4).slice(1)], row(null)]);
    expect(result.nrr[0]).toBe(3); // (4 + 2) / 2, blank left out
    expect(result.nrr[1]).toBeCloseTo(10 / 3, 12);
    expect(result.respondents).toBe(3);
  });

  it('is null when an element has no answers at all', () => {
    const result = ikm([[4, 4, 4, 4, 4, 4, 4, 4, null]]);
    expect(result.ikm).toBeNull();
    expect(result.mutu).toBeNull();
    expect(result.nrr[8]).toBeNull();
    expect(ikm([]).respondents).toBe(0);
  });

  it.each([
    [100, 'A'],
    [88.31, 'A'],
    [88.305, 'A'], // shown as 88.31
    [88.304, 'B'],
    [88.3, 'B'],
    [76.61, 'B'],
    [76.6, 'C'],
    [65, 'C'],
    [64.99, 'D'],
    [25, 'D'],
  ])('mutu of %p is %s', (value, expected) => {
    expect(ikmMutu(value)).toBe(expected);
  });

  it.each([
    ['1/9', 1 / 9],
    [' 1 / 9 ', 1 / 9],
    ['0,111', 0.111],
    ['0.11', 0.11],
    [0.11, 0.11],
    ['11,1%', 0.111],
    ['', 1 / 9],
    [null, 1 / 9],
  ])('parseIkmBobot(%j) = %p', (text, expected) => {
    expect(parseIkmBobot(text)).toBeCloseTo(expected, 15);
    expect(parseIkmBobotStrict(text)).toBeCloseTo(expected, 15);
  });

  it.each([['abc'], ['9/1'], ['0'], [-0.1], ['1/0'], [2]])(
    'rejects %j (strict null, default 1/9)',
    text => {
      expect(parseIkmBobotStrict(text)).toBeNull();
      expect(parseIkmBobot(text)).toBe(1 / 9);
    },
  );
});
