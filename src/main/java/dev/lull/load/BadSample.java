package dev.lull.load;

/** A sample that cannot be accepted; {@code position} names its line or index. */
public class BadSample extends RuntimeException {
    private final String position;

    public BadSample(String position, String reason) {
        super(reason);
        this.position = position;
    }

    public String position() {
        return position;
    }
}
