package dev.lull.notify;

/** How one attempt went: the receiver's status code, if it answered, or why it did not. */
record Attempt(Integer statusCode, String error) {
    private static final int MAX_ERROR = 500;

    static Attempt answered(int statusCode) {
        return new Attempt(statusCode, statusCode / 100 == 2 ? null : "HTTP " + statusCode);
    }

    static Attempt failed(String error) {
        String text = error == null ? "failed" : error;
        return new Attempt(null, text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text);
    }

    boolean succeeded() {
        return statusCode != null && statusCode / 100 == 2;
    }
}
