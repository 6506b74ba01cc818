package dev.lull.mail;

/** An ATTENDEE of an invitation: display name and address. */
record Invitee(String name, String address) {
}
