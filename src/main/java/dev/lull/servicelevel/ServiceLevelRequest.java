package dev.lull.servicelevel;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A service level as a client sets it: a target in (0, 1) and a period length of P1D to P366D (default P30D). */
public record ServiceLevelRequest(
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double availabilityTarget,
        @Size(max = 20) String periodLength) {
}
