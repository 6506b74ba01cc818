package dev.lull.notify;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The webhook secret seal and the target guard, made once from the settings for every bean that needs them. */
class NotifyProducers {

    @Produces
    @Singleton
    SecretSeal seal(NotifyConfig config) {
        return SecretSeal.of(config);
    }

    @Produces
    @Singleton
    TargetGuard guard(NotifyConfig config) {
        return TargetGuard.system(config.allowInternalTargets());
    }
}
