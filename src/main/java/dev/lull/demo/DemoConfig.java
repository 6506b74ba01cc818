package dev.lull.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether the service seeds a demo inventory with weeks of realistic load on start. */
@ConfigMapping(prefix = "lull.demo")
public interface DemoConfig {
    /** Seed the demo data (on in dev mode, off elsewhere unless set). */
    @WithDefault("false")
    boolean enabled();

    /** How much history the first start generates. */
    @WithDefault("56")
    int days();
}
