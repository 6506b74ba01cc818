package dev.lull.watchdog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a watch state does to the gate: pause it, or only notify. */
public enum Reaction {
    /** The gate answers 423 PAUSED until calm, an override or the window's end; and notices go out. */
    @JsonProperty("pause")
    PAUSE,
    /** Only the notices and the history entry; the gate stays open. */
    @JsonProperty("notify")
    NOTIFY
}
