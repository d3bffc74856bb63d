/** Running writes in one transaction so that a failure anywhere undoes all of them. */

interface Transaction {
  abort(): void;
  done: Promise<void>;
}

/**
 * Runs `writes` in `tx`; on any failure aborts the transaction (undoing the earlier writes),
 * waits for it to end and rethrows.
 */
export async function allOrNothing(tx: Transaction, writes: () => Promise<void>): Promise<void> {
  try {
    await writes();
    await tx.done;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished by the failure itself
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}
