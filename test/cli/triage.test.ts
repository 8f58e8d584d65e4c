import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadCouncilProfile } from '../../src/profile/councilProfile.js';
import { sharedIndexDir } from '../support/sharedIndex.js';
import { temporaryDataDir } from '../support/tempDir.js';

const run = promisify(execFile);
const profile = loadCouncilProfile('knowledge/council.yaml');

describe('npm run --silent triage -- FILE.jsonl', () => {
  it('prints exactly one JSON line per input line, in order, and reports bad lines without stopping', async () => {
    const input = join(temporaryDataDir(), 'messages.jsonl');
    writeFileSync(
      input,
      [
        JSON.stringify({ id: 'one', text: 'there is a strong smell of gas by my front door', topic: 'ignored' }),
        '{ this is not json',
        JSON.stringify({ id: 'three' }),
        JSON.stringify({ id: 4, text: 'how do I set up a direct debit for my council tax' }),
        JSON.stringify({ id: 5, text: 'we got the eviction notice today and honestly what is the point any more' }),
        // Nothing the offline layers read; its nearest labelled examples are emergencies (the reading by example).
        JSON.stringify({ id: 6, text: 'the boiler cupboard is making a strange ticking noise and my head is pounding' }),
      ].join('\n'),
    );
    const { stdout } = await run('npm', ['run', '--silent', 'triage', '--', input], {
      env: { ...process.env, INDEX_DIR: sharedIndexDir, DATA_DIR: temporaryDataDir(), LOG_LEVEL: 'silent' },
    });
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(6);

    expect(Object.keys(lines[0]!)).toEqual(['id', 'topic', 'emergency', 'safeguarding', 'wantsHuman', 'safetyCheck', 'articles', 'reply']);
    expect(lines[0]).toMatchObject({ id: 'one', topic: 'repairs', emergency: true, safeguarding: null, wantsHuman: false, safetyCheck: false });
    expect(String(lines[0]!.reply)).toContain(profile.national.gasEmergency);

    expect(lines[1]).toMatchObject({ id: null });
    expect(lines[1]!.error).toMatch(/not JSON/);
    expect(lines[2]).toMatchObject({ id: null });
    expect(lines[2]!.error).toMatch(/"text"/);

    expect(lines[3]).toMatchObject({ id: 4, topic: 'council-tax', emergency: false });
    const articles = lines[3]!.articles as { id: string; topic: string; score: number }[];
    expect(articles.length).toBeGreaterThan(0);
    expect(articles[0]!.topic).toBe('council-tax');
    expect(typeof articles[0]!.score).toBe('number');

    // The grey zone: not flagged, but the bot asks first (a message counts as caught when flagged or asked).
    expect(lines[4]).toMatchObject({ id: 5, emergency: false, safeguarding: null, safetyCheck: true });
    expect(String(lines[4]!.reply)).toMatch(/thinking about ending your life/);
    expect(lines[5]).toMatchObject({ id: 6, emergency: false, safeguarding: null, safetyCheck: true });
    expect(String(lines[5]!.reply)).toMatch(/in danger right now/);
  });
});
