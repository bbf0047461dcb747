import { GraphQLError } from 'graphql';
import { QueryFailedError, type DataSource } from 'typeorm';
import { isRetryableWriteConflict, writeTransaction } from '@ugf/runtime';

/** A driver error as mysql2 reports it, wrapped by TypeORM as it wraps every failed statement. */
const driverFailure = (code: string, errno: number, message: string) => new QueryFailedError('COMMIT', [], Object.assign(new Error(message), { code, errno, sqlMessage: message }));
const deadlock = () => driverFailure('ER_LOCK_DEADLOCK', 1213, 'Deadlock found when trying to get lock; try restarting transaction');
const galeraAbort = () => driverFailure('ER_LOCK_DEADLOCK', 1213, 'WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction');
const lockWaitTimeout = () => driverFailure('ER_LOCK_WAIT_TIMEOUT', 1205, 'Lock wait timeout exceeded; try restarting transaction');

/** A MySQL DataSource whose transactions fail with the given errors, one per run, then succeed. */
function mysqlFailing(...failures: Error[]) {
  let runs = 0;
  const db = {
    options: { type: 'mariadb' },
    transaction: async (work: (manager: unknown) => Promise<unknown>) => {
      runs += 1;
      const failure = failures.shift();
      if (failure) throw failure;
      return work({});
    },
  } as unknown as DataSource;
  return { db, runs: () => runs };
}

const policy = { attempts: 3, firstDelayMs: 1 };

describe('write conflicts on MySQL, Galera and TiDB', () => {
  it('recognises deadlocks, Galera certification aborts, lock wait timeouts and TiDB write conflicts', () => {
    expect(isRetryableWriteConflict(deadlock())).toBe(true);
    expect(isRetryableWriteConflict(galeraAbort())).toBe(true);
    expect(isRetryableWriteConflict(lockWaitTimeout())).toBe(true);
    expect(isRetryableWriteConflict(Object.assign(new Error('Write conflict'), { errno: 9007 }))).toBe(true);
  });

  it('does not take a duplicate key, a lost connection or a GraphQL error for a write conflict', () => {
    expect(isRetryableWriteConflict(driverFailure('ER_DUP_ENTRY', 1062, "Duplicate entry 'x' for key 'PRIMARY'"))).toBe(false);
    expect(isRetryableWriteConflict(Object.assign(new Error('Connection lost'), { code: 'PROTOCOL_CONNECTION_LOST' }))).toBe(false);
    expect(isRetryableWriteConflict(new GraphQLError('conflict', { extensions: { code: 'CONFLICT' } }))).toBe(false);
  });

  it('runs the transaction again after a conflict and answers what the successful run returned', async () => {
    const { db, runs } = mysqlFailing(galeraAbort(), lockWaitTimeout());
    await expect(writeTransaction(db, async () => 'written', policy)).resolves.toBe('written');
    expect(runs()).toBe(3);
  });

  it('answers CONFLICT once the bounded number of runs has failed, and runs no more', async () => {
    const { db, runs } = mysqlFailing(deadlock(), deadlock(), deadlock(), deadlock());
    const failure = writeTransaction(db, async () => 'written', policy);
    await expect(failure).rejects.toBeInstanceOf(GraphQLError);
    await expect(failure).rejects.toMatchObject({ extensions: { code: 'CONFLICT', reason: 'WRITE_CONFLICT', attempts: 3 } });
    expect(runs()).toBe(3);
  });

  it('passes any other error through at once, without a retry', async () => {
    const { db, runs } = mysqlFailing(driverFailure('ER_DUP_ENTRY', 1062, 'Duplicate entry'));
    await expect(writeTransaction(db, async () => 'written', policy)).rejects.toBeInstanceOf(QueryFailedError);
    expect(runs()).toBe(1);
  });
});
