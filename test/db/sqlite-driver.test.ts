// Each Node gets the SQLite driver that works on it (better-sqlite3 12 aborts on Node 24.19+, 13 segfaults on 20).
import { describe, expect, it } from 'vitest';
import { sqliteDriverName } from '../../src/db/connection.js';

describe('sqlite driver choice', () => {
  it('uses better-sqlite3 12 on Node 20 and the Node-API build from Node 22 on', () => {
    expect(sqliteDriverName('20.20.2')).toBe('better-sqlite3');
    expect(sqliteDriverName('22.12.0')).toBe('better-sqlite3-node-api');
    expect(sqliteDriverName('24.21.0')).toBe('better-sqlite3-node-api');
  });
});
