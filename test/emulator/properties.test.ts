import {createEmulator} from '../../src/local/emulator';
import type {Any} from './setup';

describe('PropertiesService', () => {
  test('get/set/keys/delete and setProperties(deleteAllOthers)', () => {
    const props = (
      createEmulator().globals as Any
    ).PropertiesService.getDocumentProperties();
    expect(props.getProperty('missing')).toBeNull();
    props.setProperty('a', 1).setProperties({b: '2', c: '3'});
    expect(props.getProperties()).toEqual({a: '1', b: '2', c: '3'});
    props.setProperties({z: 'z'}, true);
    expect(props.getKeys()).toEqual(['z']);
    props.deleteProperty('z');
    expect(props.getKeys()).toEqual([]);
  });

  test.each([
    [
      'value over 9 KB',
      () => ({k: 'x'.repeat(9 * 1024 + 1)}),
      'Argument too large: value',
    ],
    [
      'store over 500 KB',
      () =>
        Object.fromEntries(
          Array.from({length: 60}, (_, i) => [`k${i}`, 'x'.repeat(9000)]),
        ),
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    ],
  ])('%s throws and leaves the store unchanged', (_name, make, message) => {
    const props = (
      createEmulator().globals as Any
    ).PropertiesService.getScriptProperties();
    props.setProperty('keep', 'yes');
    expect(() => props.setProperties(make())).toThrow(message);
    expect(props.getProperties()).toEqual({keep: 'yes'});
  });

  test('a 9 KB value is accepted', () => {
    const props = (
      createEmulator().globals as Any
    ).PropertiesService.getUserProperties();
    props.setProperty('k', 'x'.repeat(9 * 1024));
    expect(props.getProperty('k')).toHaveLength(9216);
  });
});
