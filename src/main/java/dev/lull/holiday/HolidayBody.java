package dev.lull.holiday;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A holiday calendar: the public holidays of an ISO 3166 country ({@code CH}) and optionally one of its subdivisions
 * ({@code zh}, the part after "CH-"), plus custom days.
 */
@Schema(description = "A holiday calendar: country (ISO 3166-1 alpha-2), region (the ISO 3166-2 subdivision after "
        + "the country, e.g. zh for CH-ZH) and custom days", example = """
                {"country": "CH", "region": "zh", "days": [{"date": "2026-12-28", "name": "Company shutdown"}]}""")
public record HolidayBody(
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as CH") String country,
        @Pattern(regexp = "[A-Za-z0-9]{1,3}", message = "must be an ISO 3166-2 subdivision code such as zh") String region,
        @Size(max = 366) List<@NotNull @Valid HolidayDay> days) {
}
