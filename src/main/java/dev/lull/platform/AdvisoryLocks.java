package dev.lull.platform;

import io.quarkus.hibernate.orm.panache.Panache;

/** PostgreSQL advisory locks, so that one replica at a time runs a scheduled job. */
public final class AdvisoryLocks {
    private AdvisoryLocks() {
    }

    /** Takes the lock {@code key} until the current transaction ends, unless another holds it; whether it did. */
    public static boolean tryTransactionLock(long key) {
        return Boolean.TRUE.equals(Panache.getEntityManager().createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, key).getSingleResult());
    }
}
