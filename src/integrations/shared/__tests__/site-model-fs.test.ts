import { describe, expect, test } from 'vitest';
import { rememberLoadedReports } from '../../../content/loaded-reports.ts';
import { lazySiteModel, readSiteModel } from '../site-model-fs.ts';

describe('the build steps’ content model', () => {
  const fromDisk = readSiteModel('content');
  const [report] = fromDisk.reports;
  if (!report) throw new Error('no report in content/');

  test('in a build, is made of the reports the content loader built, their anchor aliases left out', async () => {
    // What the loader built: the same model with an alias, and a mark no disk read could give.
    const loaded = { ...report, aliases: { p4: ['p3'] }, title: '加载器建的' };
    rememberLoadedReports('content', [loaded]);
    const model = await lazySiteModel('content')();
    expect(model.reports).toEqual([{ ...loaded, aliases: {} }]);
    expect(model.regions).toEqual(fromDisk.regions);
    expect(model.indicators).toEqual(fromDisk.indicators);
  });

  test('for another content folder than the loader read, is read from that folder', async () => {
    rememberLoadedReports('e2e/no-such-folder', []);
    expect((await lazySiteModel('content')()).reports).toEqual(fromDisk.reports);
  });
});
