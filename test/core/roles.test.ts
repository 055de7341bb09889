import {
  hrEmails,
  isHr,
  nipsOfUser,
  roleOf,
  supervisingNips,
} from '../../src/core/roles';

const ROSTER = [
  {nip: '111', email: 'Kepala@Dinas.go.id', nipAtasan: ''},
  {nip: '222', email: 'sri@dinas.go.id', nipAtasan: '111'},
  {nip: '333', email: 'budi@dinas.go.id', nipAtasan: '222'},
  {nip: '444', email: '', nipAtasan: '222'},
];

describe('roles', () => {
  test('Email HR holds several addresses, split by comma, semicolon or space, lower-cased', () => {
    expect(
      hrEmails(' HR@dinas.go.id, ani@dinas.go.id;bob@x.id  cy@x.id '),
    ).toEqual(['hr@dinas.go.id', 'ani@dinas.go.id', 'bob@x.id', 'cy@x.id']);
    expect(hrEmails('')).toEqual([]);
    expect(hrEmails(undefined)).toEqual([]);
  });

  test('HR is the owner or any Email HR address, case ignored; nobody without an email', () => {
    expect(isHr('owner@x.id', 'Owner@X.id', '')).toBe(true);
    expect(
      isHr('ANI@dinas.go.id', 'owner@x.id', 'hr@dinas.go.id, ani@dinas.go.id'),
    ).toBe(true);
    expect(isHr('sri@dinas.go.id', 'owner@x.id', 'hr@dinas.go.id')).toBe(false);
    expect(isHr('', '', '')).toBe(false);
    // A part of an address is not the address.
    expect(isHr('hr@dinas.go', 'owner@x.id', 'hr@dinas.go.id')).toBe(false);
  });

  test('a supervisor is the email of someone named as NIP Atasan', () => {
    expect(nipsOfUser('kepala@dinas.go.id', ROSTER)).toEqual(['111']);
    expect(supervisingNips(['111', '222', '333'], ROSTER)).toEqual([
      '111',
      '222',
    ]);
    expect(roleOf('kepala@dinas.go.id', 'owner@x.id', '', ROSTER)).toBe(
      'supervisor',
    );
    expect(roleOf('SRI@dinas.go.id', 'owner@x.id', '', ROSTER)).toBe(
      'supervisor',
    );
    // Budi supervises nobody; an empty email matches nobody (not the row 444 without one).
    expect(roleOf('budi@dinas.go.id', 'owner@x.id', '', ROSTER)).toBe('none');
    expect(roleOf('', 'owner@x.id', '', ROSTER)).toBe('none');
    expect(roleOf('orang@lain.id', 'owner@x.id', '', ROSTER)).toBe('none');
  });

  test('HR wins over supervisor: a supervisor named in Email HR is HR', () => {
    expect(
      roleOf('sri@dinas.go.id', 'owner@x.id', 'sri@dinas.go.id', ROSTER),
    ).toBe('hr');
    expect(roleOf('owner@x.id', 'owner@x.id', '', ROSTER)).toBe('hr');
  });
});
