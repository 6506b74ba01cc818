package dev.lull.holiday;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A custom holiday of a calendar: a company shutdown, a local festival. */
public record HolidayDay(@NotNull LocalDate date, @NotBlank @Size(max = 100) String name) {
}
