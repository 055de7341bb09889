import {createHash} from 'crypto';
import {sha256Hex} from '../../src/core/sha256';
it('x', () => {
  for (const s of [
    '',
    'abc',
    'a'.repeat(55),
    'a'.repeat(56),
    'a'.repeat(64),
    'Umpan Balik ✓ 😀\nnip',
    'x'.repeat(1000),
  ])
    expect(sha256Hex(s)).toBe(
      createHash('sha256').update(s, 'utf8').digest('hex'),
    );
});
