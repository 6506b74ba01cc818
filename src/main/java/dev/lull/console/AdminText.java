package dev.lull.console;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

import dev.lull.servicelevel.ServiceLevelView;

/** How the administration pages write service levels: as a percentage, and by their page path. */
@TemplateExtension
final class AdminText {
    private AdminText() {
    }

    /** The target as a percentage, such as {@code 99.9 %}. */
    static String percent(ServiceLevelView level) {
        return new BigDecimal(level.availabilityTarget() * 100).round(new MathContext(6)).stripTrailingZeros()
                .toPlainString() + " %";
    }

    /** Where its edit and removal are posted under {@code /admin/service-levels/}, such as {@code cluster/mbox}. */
    static String path(ServiceLevelView level) {
        return level.scope().toLowerCase(Locale.ROOT) + "/" + level.name();
    }
}
