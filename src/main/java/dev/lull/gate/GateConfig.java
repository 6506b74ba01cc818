package dev.lull.gate;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How far around now the gate looks on the timeline to find the next transition. */
@ConfigMapping(prefix = "lull.gate")
public interface GateConfig {
    /** How far ahead the next transition is searched. */
    @WithDefault("P31D")
    Duration horizon();
}
