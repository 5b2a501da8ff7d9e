#!/usr/bin/env python3
"""The three seed articles against their expected JSON, key by key.

Every key but quotes and dates must be equal; every expected quote (text and
speaker) and date (text and value) must be among the parse's.
Usage: test_seeds.py WARTA FIXTURES_DIR"""
import json
import os
import subprocess
import sys

warta, fixtures = sys.argv[1], sys.argv[2]
passed = failed = 0
for name in sorted(os.listdir(os.path.join(fixtures, 'golden'))):
    stem = name[:-len('.json')]
    with open(os.path.join(fixtures, 'golden', name), encoding='utf-8') as f:
        expected = json.load(f)
    run = subprocess.run([warta, os.path.join(fixtures, 'seeds', stem + '.txt')],
                         capture_output=True, timeout=10)
    got = json.loads(run.stdout)
    for key, want in expected.items():
        if key == 'quotes':
            missing = [q for q in want if not any(
                g['text'] == q['text'] and g['speaker'] == q['speaker'] for g in got['quotes'])]
        elif key == 'dates':
            missing = [d for d in want if d not in [{'text': g['text'], 'value': g['value']}
                                                    for g in got['dates']]]
        else:
            missing = [] if got.get(key) == want else [want]
        if missing:
            failed += 1
            print('FAIL %s %s\n  expected: %s\n  got:      %s' % (
                stem, key, json.dumps(missing, ensure_ascii=False),
                json.dumps(got.get(key), ensure_ascii=False)))
        else:
            passed += 1
print('%d passed, %d failed' % (passed, failed))
sys.exit(1 if failed else 0)
