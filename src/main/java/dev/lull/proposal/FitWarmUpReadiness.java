package dev.lull.proposal;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while {@link FitWarmUp} is making the fits of a new start (60 s at most by default). */
@Readiness
@ApplicationScoped
class FitWarmUpReadiness implements HealthCheck {
    private final FitWarmUp warmUp;

    FitWarmUpReadiness(FitWarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("proposal-fits-warm-up").status(warmUp.ready())
                .withData("fitsMade", warmUp.made()).build();
    }
}
