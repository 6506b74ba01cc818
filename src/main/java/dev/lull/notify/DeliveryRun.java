package dev.lull.notify;

/** What one run of the delivery job did. */
public record DeliveryRun(int claimed, int delivered, int retrying, int failed) {
    public static final DeliveryRun NONE = new DeliveryRun(0, 0, 0, 0);

    public DeliveryRun plus(DeliveryRun other) {
        return new DeliveryRun(claimed + other.claimed, delivered + other.delivered, retrying + other.retrying,
                failed + other.failed);
    }
}
