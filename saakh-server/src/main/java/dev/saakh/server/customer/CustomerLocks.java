package dev.saakh.server.customer;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One lock per customer (striped): a job and a direct call, or two calls, never write the same
 * customer at once, while other customers go on. In-process only: one server per database.
 */
final class CustomerLocks {
  private final ReentrantLock[] stripes;

  CustomerLocks(int n) {
    stripes = new ReentrantLock[n];
    for (int i = 0; i < n; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  <T> T with(String customerId, Supplier<T> work) {
    ReentrantLock lock =
        stripes[Math.floorMod(String.valueOf(customerId).trim().hashCode(), stripes.length)];
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }
}
