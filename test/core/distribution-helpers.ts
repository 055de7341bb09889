// Shared by the distribution-curve tests: n employees of one predikat, and the rules that warn.
import type {CapaianOrganisasi, Predikat} from '../../src/core/types';
import {checkDistribution} from '../../src/core/distribution';

export const many = (predikat: Predikat, n: number): Predikat[] =>
  Array(n).fill(predikat);

export const rules = (org: CapaianOrganisasi, list: Predikat[]) =>
  checkDistribution(org, list).map(w => w.rule);
