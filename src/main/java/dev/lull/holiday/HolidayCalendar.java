package dev.lull.holiday;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The stored holiday calendar of one cluster or host: a country, a region and custom days. */
@Entity
public class HolidayCalendar extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String scopeKind;
    public String scopeName;
    public String country;
    public String region;
    @ElementCollection
    @CollectionTable(name = "holiday_calendar_day", joinColumns = @JoinColumn(name = "calendar_id"))
    @OrderBy("date")
    public List<HolidayDayRow> days = new ArrayList<>();
    public String updatedBy;
    @Version
    public long version;
    public Instant createdAt;
    public Instant updatedAt;

    static Optional<HolidayCalendar> find(String kind, String name) {
        return find("scopeKind = ?1 and scopeName = ?2", kind, name).firstResultOptional();
    }

    /** The names of the hosts and of the clusters that have a calendar. */
    static CalendarScopes scopes() {
        Set<String> hosts = new HashSet<>();
        Set<String> clusters = new HashSet<>();
        getEntityManager().createQuery("select scopeKind, scopeName from HolidayCalendar", Object[].class)
                .getResultList()
                .forEach(row -> (HolidayCalendars.HOST.equals(row[0]) ? hosts : clusters).add((String) row[1]));
        return new CalendarScopes(hosts, clusters);
    }

    /** The custom days given by hand ({@code imported} false) or imported from ICS ({@code imported} true). */
    List<HolidayDay> days(boolean imported) {
        return days.stream().filter(row -> row.imported == imported).map(HolidayDayRow::day).toList();
    }

    /** Replaces the days of one origin (by hand or imported), keeping the others. */
    void replaceDays(List<HolidayDay> replacement, boolean imported) {
        List<HolidayDayRow> kept = new ArrayList<>(days.stream().filter(row -> row.imported != imported).toList());
        replacement.forEach(day -> kept.add(HolidayDayRow.of(day, imported)));
        kept.sort(Comparator.comparing((HolidayDayRow row) -> row.date));
        days = kept;
    }

    HolidayRule rule() {
        return new HolidayRule(country, region, days.stream().map(HolidayDayRow::day).toList());
    }
}
